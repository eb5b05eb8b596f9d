package org.db3311.sgc.conformance;

import io.helidon.microprofile.server.Server;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.db3311.sgc.server.security.DemoIssuer;
import org.db3311.sgc.server.wiring.CenterVariant;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The reference server started in this JVM on a free port, on its embedded database in a fresh
 * directory, optionally with one core component replaced ({@link CenterVariant}).
 */
final class InProcessServer implements AutoCloseable {

  /**
   * The single switch: false runs the kit in county 331102 with an all-roles staff token (until the
   * inspection tenant is merged); true turns the tenant on and uses an inspector token for it.
   */
  static final boolean USE_TENANT = true;

  static final String COUNTY = USE_TENANT ? "331199" : "331102";

  private final Server server;
  private final Config config;
  final URI base;

  private InProcessServer(Server server, Config config) {
    this.server = server;
    this.config = config;
    this.base = URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  static InProcessServer start(String name, Class<? extends CenterVariant> variant) {
    Map<String, String> props = new HashMap<>();
    props.put(
        "sgc.data-dir", Path.of("target/kit-servers", name + "-" + System.nanoTime()).toString());
    props.put("sgc.counties", "331102,331121");
    props.put("sgc.schedule.sweep-interval", "PT0S");
    props.put("server.host", "127.0.0.1");
    props.put("server.port", "0");
    if (USE_TENANT) {
      props.put("sgc.inspection.enabled", "true");
    }
    if (variant != null) {
      props.put(CenterVariant.CONFIG_KEY, variant.getName());
    }
    ConfigProviderResolver resolver = ConfigProviderResolver.instance();
    Config config =
        resolver
            .getBuilder()
            .withSources(new Source(props))
            .addDefaultSources()
            .addDiscoveredSources()
            .addDiscoveredConverters()
            .build();
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    try {
      resolver.releaseConfig(resolver.getConfig(cl));
    } catch (RuntimeException none) {
      // nothing registered yet
    }
    resolver.registerConfig(config, cl);
    Server server = Server.builder().config(config).build().start();
    return new InProcessServer(server, config);
  }

  /** A token for the kit: every staff role in the county (or the inspector in the tenant). */
  String token() {
    List<String> roles =
        USE_TENANT
            ? List.of("inspector")
            : List.of(
                "clerk",
                "mediator",
                "handler",
                "supervisor",
                "leader",
                "analyst",
                "archivist",
                "admin");
    return DemoIssuer.instance().issue("conformance-kit", "合规检查", COUNTY, roles, Instant.now());
  }

  KitRun.Options options() {
    return new KitRun.Options(
        base,
        token(),
        Set.of(),
        false,
        USE_TENANT,
        java.util.Optional.of(COUNTY),
        java.util.Optional.empty(),
        java.util.Optional.of("kit self-test"));
  }

  @Override
  public void close() {
    server.stop();
    ConfigProviderResolver.instance().releaseConfig(config);
  }

  private record Source(Map<String, String> props) implements ConfigSource {
    @Override
    public Set<String> getPropertyNames() {
      return props.keySet();
    }

    @Override
    public String getValue(String key) {
      return props.get(key);
    }

    @Override
    public String getName() {
      return "conformance-kit test";
    }

    @Override
    public int getOrdinal() {
      return 1000;
    }
  }
}
