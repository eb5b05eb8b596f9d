package org.db3311.sgc.adapter.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The request signature both ways (to the gateway, and on the receipts it pushes back): Base64 of
 * HMAC-SHA256, keyed with the access key secret, over the canonical string
 *
 * <pre>
 * METHOD \n PATH-AND-QUERY \n TIMESTAMP \n NONCE \n IDEMPOTENCY-KEY \n hex(SHA-256(body))
 * </pre>
 *
 * where TIMESTAMP is Unix seconds, NONCE a random hex string, IDEMPOTENCY-KEY empty when the
 * request has none, and the body's hash that of the empty body for a GET.
 */
public final class SmsSigner {

  /** The headers a signed request carries. */
  public static final String KEY_ID = "X-Sms-Key-Id";

  public static final String TIMESTAMP = "X-Sms-Timestamp";
  public static final String NONCE = "X-Sms-Nonce";
  public static final String SIGNATURE = "X-Sms-Signature";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final byte[] secret;

  public SmsSigner(String secret) {
    this.secret = Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8);
  }

  /** The canonical string of a request. */
  public static String canonical(
      String method,
      String pathAndQuery,
      long timestamp,
      String nonce,
      String idempotencyKey,
      byte[] body) {
    return method
        + "\n"
        + pathAndQuery
        + "\n"
        + timestamp
        + "\n"
        + nonce
        + "\n"
        + (idempotencyKey == null ? "" : idempotencyKey)
        + "\n"
        + HexFormat.of().formatHex(sha256(body));
  }

  /** The signature of a canonical string. */
  public String sign(String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }

  /** True when {@code signature} is that of {@code canonical} (compared in constant time). */
  public boolean verify(String canonical, String signature) {
    if (signature == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(canonical).getBytes(StandardCharsets.US_ASCII),
        signature.strip().getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JDK", e);
    }
  }
}
