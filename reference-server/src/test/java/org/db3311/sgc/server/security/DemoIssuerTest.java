package org.db3311.sgc.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.Jwk;
import io.helidon.security.jwt.jwk.JwkEC;
import io.helidon.security.jwt.jwk.JwkKeys;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The demo token issuer: embedded profile only, ES256 with the key it publishes")
class DemoIssuerTest {

  @Test
  void under_the_production_profile_there_is_no_demo_issuer_and_no_demo_key() {
    String before = System.getProperty("sgc.profile");
    System.setProperty("sgc.profile", "production");
    try {
      assertThat(DemoIssuer.allowed()).isFalse();
      assertThatThrownBy(DemoIssuer::instance)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("production profile")
          .hasMessageContaining("mp.jwt.verify.publickey.location");
      DemoIssuerConfigSource source = new DemoIssuerConfigSource();
      assertThat(source.getValue("mp.jwt.verify.publickey")).isNull();
      assertThat(source.getPropertyNames()).isEmpty();
    } finally {
      if (before == null) {
        System.clearProperty("sgc.profile");
      } else {
        System.setProperty("sgc.profile", before);
      }
    }
  }

  @Test
  void a_demo_token_is_signed_es256_with_the_key_whose_public_half_is_configured()
      throws Exception {
    DemoIssuer issuer = DemoIssuer.instance();
    SignedJwt token =
        SignedJwt.parseToken(issuer.issue(DemoIssuer.USERS.getFirst(), Instant.now()));

    assertThat(token.getJwt().algorithm()).contains("ES256");
    String pem = new DemoIssuerConfigSource().getValue("mp.jwt.verify.publickey");
    assertThat(pem).isEqualTo(issuer.publicKeyPem());
    // as the MP-JWT provider checks it: the configured key is the default for any key id
    var errors = token.verifySignature(JwkKeys.builder().build(), keyOf(pem));
    assertThat(errors.isValid()).as(errors.toString()).isTrue();
  }

  /** The verifier's view: only the published PEM, no key id. */
  private static Jwk keyOf(String pem) throws Exception {
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    ECPublicKey key =
        (ECPublicKey)
            KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    return JwkEC.builder().publicKey(key).algorithm(JwkEC.ALG_ES256).build();
  }
}
