package org.db3311.sgc.server.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.db3311.sgc.core.evaluation.feedback.FeedbackTicket;
import org.db3311.sgc.server.wiring.Centers;

/**
 * The code that lets the person who gave feedback, and only them, follow it without an account.
 * Tickets are numbered in sequence ({@code FB-2026-00001}), so a ticket alone would let anyone read
 * every ticket's replies and verdict. The code is an HMAC of the county and the ticket under a key
 * derived from the deployment's secret ({@code sgc.db.applicant-key-secret}) with a label of its
 * own: nothing is stored, and it cannot be computed without the secret. Eight characters of
 * Crockford base 32 (40 bits), shown once, when the feedback is submitted.
 */
final class FollowCodes {
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int LENGTH = 8;

  private FollowCodes() {}

  static String of(Centers.County county, FeedbackTicket ticket) {
    try {
      Mac derive = Mac.getInstance("HmacSHA256");
      derive.init(
          new SecretKeySpec(
              county.store().settings().applicantKeySecret().getBytes(StandardCharsets.UTF_8),
              "HmacSHA256"));
      byte[] key = derive.doFinal("sgc feedback follow code v1".getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest =
          mac.doFinal(
              (county.code().value() + "/" + ticket.value()).getBytes(StandardCharsets.UTF_8));
      StringBuilder out = new StringBuilder(LENGTH);
      long bits = 0;
      for (int i = 0; i < 5; i++) {
        bits = (bits << 8) | (digest[i] & 0xff);
      }
      for (int i = LENGTH - 1; i >= 0; i--) {
        out.append(ALPHABET.charAt((int) ((bits >>> (5 * i)) & 31)));
      }
      return out.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform provides HmacSHA256", e);
    }
  }

  /** Whether {@code given} is the ticket's code; compared in constant time, case-insensitively. */
  static boolean matches(Centers.County county, FeedbackTicket ticket, String given) {
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        of(county, ticket).getBytes(StandardCharsets.US_ASCII),
        given.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }
}
