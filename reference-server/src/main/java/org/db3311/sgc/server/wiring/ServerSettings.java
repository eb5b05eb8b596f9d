package org.db3311.sgc.server.wiring;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.db3311.sgc.core.common.DivisionCode;
import org.eclipse.microprofile.config.Config;

/**
 * What a deployment is told by its configuration (MicroProfile Config: system properties,
 * environment, {@code microprofile-config.properties}).
 *
 * @param profile {@code embedded} (the default: H2 files under the data directory, demo issuer) or
 *     {@code production} (PostgreSQL, an external token issuer)
 * @param dataDirectory where the embedded database keeps its files
 * @param counties the county-level divisions this deployment serves, each with its own center
 * @param database the JDBC settings, when a database other than the embedded one is configured
 * @param maxBodyBytes the largest request body accepted
 */
public record ServerSettings(
    String profile,
    Path dataDirectory,
    List<DivisionCode> counties,
    Optional<Properties> database,
    long maxBodyBytes) {

  /** Lishui's nine county-level divisions, the default a demo runs with. */
  public static final List<String> LISHUI =
      List.of(
          "331102", "331121", "331122", "331123", "331124", "331125", "331126", "331127", "331181");

  public ServerSettings {
    if (!profile.equals("embedded") && !profile.equals("production")) {
      throw new IllegalArgumentException(
          "sgc.profile must be 'embedded' or 'production', not '" + profile + "'");
    }
    counties = List.copyOf(counties);
    if (counties.isEmpty()) {
      throw new IllegalArgumentException("sgc.counties names at least one county code");
    }
    if (profile.equals("production") && database.isEmpty()) {
      throw new IllegalArgumentException(
          "the production profile needs sgc.db.url (PostgreSQL); the embedded H2 database is for"
              + " the embedded profile only");
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("sgc.http.max-body-bytes must be at least 1024");
    }
  }

  public boolean production() {
    return profile.equals("production");
  }

  /** Reads the settings; a malformed value fails start-up with its name. */
  public static ServerSettings from(Config config) {
    String profile = config.getOptionalValue("sgc.profile", String.class).orElse("embedded");
    Path data =
        Path.of(config.getOptionalValue("sgc.data-dir", String.class).orElse("data"))
            .toAbsolutePath();
    List<DivisionCode> counties =
        config
            .getOptionalValue("sgc.counties", String.class)
            .map(s -> List.of(s.split(",")))
            .orElse(LISHUI)
            .stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(DivisionCode::of)
            .toList();
    Optional<Properties> db =
        config
            .getOptionalValue("sgc.db.url", String.class)
            .map(
                url -> {
                  Properties p = new Properties();
                  p.setProperty("sgc.db.url", url);
                  for (String key :
                      List.of(
                          "sgc.db.user",
                          "sgc.db.password",
                          "sgc.db.pool-size",
                          "sgc.db.schema",
                          "sgc.db.applicant-key-secret")) {
                    config
                        .getOptionalValue(key, String.class)
                        .ifPresent(v -> p.setProperty(key, v));
                  }
                  return p;
                });
    long maxBody =
        config.getOptionalValue("sgc.http.max-body-bytes", Long.class).orElse(1024L * 1024L);
    return new ServerSettings(profile, data, counties, db, maxBody);
  }
}
