package org.db3311.sgc.server.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.DerivedKeys;

/**
 * The follow code (查询码) that lets the applicant, and only them, follow a matter on the public page
 * without an account — made as the feedback tickets' follow codes are. Registration numbers run in
 * sequence ({@code 331102-20261203-0001}), so a number alone would let anyone read every matter's
 * progress. The code is an HMAC of the number under a key derived from the deployment's secret
 * ({@code sgc.db.applicant-key-secret}) with a label of its own: nothing is stored, and it cannot
 * be computed without the secret. Eight characters of Crockford base 32 (40 bits), printed on the
 * receipt and on the supplement notice.
 */
public final class MatterFollowCodes {
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int LENGTH = 8;

  private MatterFollowCodes() {}

  public static String of(Centers.County county, RegistrationNumber number) {
    byte[] key = DerivedKeys.of(county.store().settings(), "sgc matter follow code v1");
    byte[] digest = DerivedKeys.hmac(key, number.toString());
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

  /** Whether {@code given} is the matter's code; compared in constant time, case-insensitively. */
  public static boolean matches(Centers.County county, RegistrationNumber number, String given) {
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        of(county, number).getBytes(StandardCharsets.US_ASCII),
        given.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }
}
