package org.db3311.sgc.server.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.db3311.sgc.core.evaluation.feedback.FeedbackTicket;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.DerivedKeys;

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
    byte[] key = DerivedKeys.of(county.store().settings(), "sgc feedback follow code v1");
    byte[] digest = DerivedKeys.hmac(key, county.code().value() + "/" + ticket.value());
    StringBuilder out = new StringBuilder(LENGTH);
    long bits = 0;
    for (int i = 0; i < 5; i++) {
      bits = (bits << 8) | (digest[i] & 0xff);
    }
    for (int i = LENGTH - 1; i >= 0; i--) {
      out.append(ALPHABET.charAt((int) ((bits >>> (5 * i)) & 31)));
    }
    return out.toString();
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
