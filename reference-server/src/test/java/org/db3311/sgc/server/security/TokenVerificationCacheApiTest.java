package org.db3311.sgc.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.helidon.security.Security;
import io.helidon.security.jwt.Jwt;
import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.Jwk;
import io.helidon.security.jwt.jwk.JwkEC;
import io.helidon.security.jwt.jwk.JwkRSA;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each bearer token is verified once and then known by its exact text until its expiry ({@link
 * TokenVerificationCache}): a token the verifier would refuse stays refused however many valid ones
 * were verified before it.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/token-cache")
@AddConfig(key = "sgc.counties", value = "331102")
@AddConfig(key = "sgc.schedule.sweep-interval", value = "PT0S")
@DisplayName("REST API: bearer tokens verified once, and only the very token verified")
class TokenVerificationCacheApiTest {

  @Inject WebTarget target;
  @Inject Security security;

  private int status(String token) {
    Invocation.Builder b = target.path("/api/v1/matters").queryParam("county", "331102").request();
    if (token != null) {
      b = b.header("Authorization", "Bearer " + token);
    }
    try (Response r = b.get()) {
      return r.getStatus();
    }
  }

  private static String clerk(Instant now) {
    return DemoIssuer.instance()
        .issue("u-cache-" + UUID.randomUUID(), "测试员", "331102", List.of(Roles.CLERK), now);
  }

  private static Jwt.Builder clerkClaims(String issuer, Instant now) {
    return Jwt.builder()
        .jwtId(UUID.randomUUID().toString())
        .issuer(issuer)
        .subject("u-cache-clerk")
        .userPrincipal("u-cache-clerk")
        .addPayloadClaim("name", "测试员")
        .addPayloadClaim("division", "331102")
        .issueTime(now)
        .notBefore(now.minusSeconds(5))
        .expirationTime(now.plus(Duration.ofHours(1)))
        .addUserGroup(Roles.CLERK);
  }

  /** The token with the character at {@code index} replaced by another one of base64url. */
  private static String oneCharacterChanged(String token, int index) {
    char c = token.charAt(index);
    return token.substring(0, index) + (c == 'A' ? 'B' : 'A') + token.substring(index + 1);
  }

  @Test
  @DisplayName("a valid token, cached: the same token with one character changed is refused")
  void tampered_token_refused_after_valid_one_cached() {
    String valid = clerk(Instant.now());
    assertThat(status(valid)).isEqualTo(200);
    assertThat(status(valid)).as("the cached token").isEqualTo(200);

    int payload = valid.indexOf('.') + 10;
    int signature = valid.lastIndexOf('.') + (valid.length() - valid.lastIndexOf('.')) / 2;
    assertThat(status(oneCharacterChanged(valid, payload))).as("payload changed").isEqualTo(401);
    assertThat(status(oneCharacterChanged(valid, signature)))
        .as("signature changed")
        .isEqualTo(401);
    assertThat(status(valid + "A")).as("one character added").isEqualTo(401);
    assertThat(status(valid)).as("the valid token still is").isEqualTo(200);
  }

  @Test
  @DisplayName("a valid token, cached: an expired token of the same issuer is refused")
  void expired_token_refused_after_valid_one_cached() {
    assertThat(status(clerk(Instant.now()))).isEqualTo(200);

    String expired = clerk(Instant.now().minus(DemoIssuer.LIFETIME).minus(Duration.ofHours(1)));

    assertThat(status(expired)).isEqualTo(401);
    assertThat(status(expired)).as("and again").isEqualTo(401);
  }

  @Test
  @DisplayName(
      "a valid token, cached: a token of another issuer, or signed by another key, is refused")
  void other_issuer_refused_after_valid_one_cached() throws Exception {
    Instant now = Instant.now();
    assertThat(status(clerk(now))).isEqualTo(200);
    assertThat(status(DemoIssuer.instance().sign(clerkClaims(DemoIssuer.ISSUER, now))))
        .as("the test's claims, signed by the demo issuer: accepted")
        .isEqualTo(200);

    String otherIssuer = DemoIssuer.instance().sign(clerkClaims("urn:someone-else", now));
    assertThat(status(otherIssuer)).as("another iss, good signature").isEqualTo(401);

    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair other = ec.generateKeyPair();
    Jwk otherEc =
        JwkEC.builder()
            .publicKey((ECPublicKey) other.getPublic())
            .privateKey((ECPrivateKey) other.getPrivate())
            .keyId("other")
            .algorithm(JwkEC.ALG_ES256)
            .usage(Jwk.USE_SIGNATURE)
            .build();
    String forged =
        SignedJwt.sign(
                clerkClaims(DemoIssuer.ISSUER, now).keyId("other").algorithm("ES256").build(),
                otherEc)
            .tokenContent();
    assertThat(status(forged)).as("the demo iss, another key of the same kind").isEqualTo(401);

    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair keys = g.generateKeyPair();
    Jwk otherKey =
        JwkRSA.builder()
            .publicKey((RSAPublicKey) keys.getPublic())
            .privateKey((RSAPrivateKey) keys.getPrivate())
            .keyId("other")
            .algorithm(JwkRSA.ALG_RS256)
            .usage(Jwk.USE_SIGNATURE)
            .build();
    String otherAlgorithm =
        SignedJwt.sign(
                clerkClaims(DemoIssuer.ISSUER, now).keyId("other").algorithm("RS256").build(),
                otherKey)
            .tokenContent();
    assertThat(status(otherAlgorithm)).as("the demo iss, an RSA key and RS256").isEqualTo(401);
  }

  @Test
  @DisplayName("a cached token is refused once it has expired (the verifier's clock skew passed)")
  void cached_token_refused_after_its_expiry() throws InterruptedException {
    Instant now = Instant.now();
    Instant exp = now.plusSeconds(2);
    String shortLived = clerk(exp.minus(DemoIssuer.LIFETIME));
    assertThat(status(shortLived)).isEqualTo(200);
    assertThat(status(shortLived)).as("cached").isEqualTo(200);

    // the verifier grants 5 s of clock skew to a token it verifies; the cache grants none
    Thread.sleep(Duration.between(Instant.now(), exp.plusSeconds(6)).toMillis());

    assertThat(status(shortLived)).isEqualTo(401);
  }

  @Test
  @DisplayName("the MP-JWT provider the server authenticates with is the caching one")
  void the_caching_provider_is_registered() {
    assertThat(security.resolveAtnProvider(TokenVerificationCache.PROVIDER_NAME))
        .get()
        .isInstanceOf(TokenVerificationCache.Provider.class);
  }

  @Test
  @DisplayName("no token is still 401")
  void no_token() {
    assertThat(status(null)).isEqualTo(401);
  }
}
