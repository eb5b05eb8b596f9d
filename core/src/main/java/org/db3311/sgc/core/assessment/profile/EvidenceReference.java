package org.db3311.sgc.core.assessment.profile;

import java.util.regex.Pattern;

/**
 * Where the evidence behind an attestation is kept: a content hash of a photo or document ({@code
 * sha256:} followed by 64 hex digits) or another reference such as a file number or URL.
 *
 * @param value the reference
 */
public record EvidenceReference(String value) {

  private static final String SHA256 = "sha256:";
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  public EvidenceReference {
    Checks.text(value, "evidence reference");
    if (Character.isWhitespace(value.charAt(0))) {
      throw new IllegalArgumentException("evidence reference must not start with a space");
    }
    if (value.startsWith(SHA256) && !HEX64.matcher(value.substring(SHA256.length())).matches()) {
      throw new IllegalArgumentException(
          "a sha256: evidence reference needs 64 lower-case hex digits, not '" + value + "'");
    }
  }

  public static EvidenceReference of(String value) {
    return new EvidenceReference(value);
  }
}
