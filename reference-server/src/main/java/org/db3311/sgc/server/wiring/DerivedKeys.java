package org.db3311.sgc.server.wiring;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.db3311.sgc.adapter.jpa.JpaSettings;

/**
 * Keys derived from the deployment's one configured secret ({@code sgc.db.applicant-key-secret}),
 * each under a label of its own (HMAC-SHA256 of the label), so one secret serves every purpose and
 * no key can be computed from another's output.
 */
public final class DerivedKeys {
  private DerivedKeys() {}

  /** The key for {@code label}: 32 bytes. */
  public static byte[] of(JpaSettings jpa, String label) {
    return hmac(jpa.applicantKeySecret().getBytes(StandardCharsets.UTF_8), label);
  }

  /** HMAC-SHA256 of {@code text} under {@code key}. */
  public static byte[] hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform provides HmacSHA256", e);
    }
  }
}
