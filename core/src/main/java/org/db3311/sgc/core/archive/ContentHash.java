package org.db3311.sgc.core.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A SHA-256 digest (内容摘要), the unit of the archive's tamper evidence. Held as 32 bytes and shown as
 * lowercase hex.
 */
public final class ContentHash {

  /** Length of a SHA-256 digest in bytes. */
  public static final int LENGTH = 32;

  private final byte[] bytes;

  private ContentHash(byte[] bytes) {
    if (bytes == null || bytes.length != LENGTH) {
      throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
    }
    this.bytes = bytes.clone();
  }

  public static ContentHash ofBytes(byte[] digest) {
    return new ContentHash(digest);
  }

  public static ContentHash ofHex(String hex) {
    if (hex == null || !hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a SHA-256 digest is 64 lowercase hex digits: " + hex);
    }
    return new ContentHash(HexFormat.of().parseHex(hex));
  }

  /** The SHA-256 digest of the concatenation of the parts. */
  public static ContentHash sha256(byte[]... parts) {
    MessageDigest md = newDigest();
    for (byte[] p : parts) {
      md.update(p);
    }
    return new ContentHash(md.digest());
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public String hex() {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentHash other && MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
