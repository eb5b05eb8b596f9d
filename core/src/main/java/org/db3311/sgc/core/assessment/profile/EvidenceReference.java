package org.db3311.sgc.core.assessment.profile;

/**
 * Where the evidence behind an attestation is kept: a content hash of a photo or document ({@code
 * sha256:} followed by 64 hex digits) or another reference such as a file number or URL.
 *
 * @param value the reference
 */
public record EvidenceReference(String value) {

  private static final String SHA256 = "sha256:";

  public EvidenceReference {
    Checks.text(value, "evidence reference");
    if (Character.isWhitespace(value.charAt(0))) {
      throw new IllegalArgumentException("evidence reference must not start with a space");
    }
    if (value.startsWith(SHA256) && !hex64(value.substring(SHA256.length()))) {
      throw new IllegalArgumentException(
          "a sha256: evidence reference needs 64 lower-case hex digits, not '" + value + "'");
    }
  }

  /**
   * {@code [0-9a-f]{64}} by hand: every attestation of a profile passes here, and the regular
   * expression was a thirtieth of an assessment over HTTP (README, Benchmarks).
   */
  private static boolean hex64(String digits) {
    if (digits.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = digits.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  public static EvidenceReference of(String value) {
    return new EvidenceReference(value);
  }
}
