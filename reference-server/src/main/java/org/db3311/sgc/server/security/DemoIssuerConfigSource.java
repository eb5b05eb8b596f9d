package org.db3311.sgc.server.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives MicroProfile JWT the demo issuer's public key and issuer name, in the embedded profile
 * only; under the production profile it gives nothing, so tokens are verified against the
 * configured key of the county's identity provider alone.
 */
public final class DemoIssuerConfigSource implements ConfigSource {

  private static final String KEY = "mp.jwt.verify.publickey";
  private static final String ISSUER = "mp.jwt.verify.issuer";

  @Override
  public Set<String> getPropertyNames() {
    return DemoIssuer.allowed() ? Set.of(KEY, ISSUER) : Set.of();
  }

  @Override
  public Map<String, String> getProperties() {
    if (!DemoIssuer.allowed()) {
      return Map.of();
    }
    return Map.of(KEY, DemoIssuer.instance().publicKeyPem(), ISSUER, DemoIssuer.ISSUER);
  }

  @Override
  public String getValue(String propertyName) {
    if (!DemoIssuer.allowed()) {
      return null;
    }
    return switch (propertyName) {
      case KEY -> DemoIssuer.instance().publicKeyPem();
      case ISSUER -> DemoIssuer.ISSUER;
      default -> null;
    };
  }

  @Override
  public String getName() {
    return "sgc-demo-issuer";
  }

  @Override
  public int getOrdinal() {
    // below system properties and the environment (400, 300), above the packaged defaults (100)
    return 150;
  }
}
