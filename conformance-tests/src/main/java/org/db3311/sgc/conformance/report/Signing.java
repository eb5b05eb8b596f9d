package org.db3311.sgc.conformance.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 signatures from the JDK (no library): a report's manifest is signed with the inspector's
 * key (PKCS#8, PEM or base64) or a key made for the run; the public key goes into the report.
 */
public final class Signing {

  private Signing() {}

  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK has no Ed25519", e);
    }
  }

  /** Reads a PKCS#8 Ed25519 private key (PEM or bare base64) and derives nothing else. */
  public static PrivateKey readPrivate(Path file) throws IOException, GeneralSecurityException {
    byte[] der = Base64.getMimeDecoder().decode(stripPem(Files.readString(file)));
    return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  /**
   * The key pair of a PKCS#8 Ed25519 private key: the JDK derives no public key from a private one,
   * so the generator is handed the private key's own seed and makes that key's pair again.
   */
  public static KeyPair readKeyPair(Path file) throws IOException, GeneralSecurityException {
    PrivateKey priv = readPrivate(file);
    byte[] seed =
        KeyFactory.getInstance("Ed25519")
            .getKeySpec(priv, java.security.spec.EdECPrivateKeySpec.class)
            .getBytes();
    KeyPairGenerator gen = KeyPairGenerator.getInstance("Ed25519");
    gen.initialize(
        new java.security.spec.NamedParameterSpec("Ed25519"),
        new java.security.SecureRandom() {
          @Override
          public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
          }
        });
    KeyPair pair = gen.generateKeyPair();
    byte[] probe = "db3311".getBytes(StandardCharsets.US_ASCII);
    if (!verify(pair.getPublic(), probe, sign(priv, probe))) {
      throw new GeneralSecurityException("cannot derive the public key of " + file);
    }
    return new KeyPair(pair.getPublic(), priv);
  }

  /** Writes a private key as PEM (owner-readable only where the file system allows). */
  public static void writePrivate(PrivateKey key, Path file) throws IOException {
    Files.writeString(
        file,
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
  }

  public static PublicKey readPublic(String base64OrPem) throws GeneralSecurityException {
    byte[] der = Base64.getMimeDecoder().decode(stripPem(base64OrPem));
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
  }

  public static String encode(PublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /** SHA-256 of the public key's encoding, hex: what an inspector compares by eye. */
  public static String fingerprint(PublicKey key) {
    return sha256(key.getEncoded());
  }

  public static String sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
    Signature s = Signature.getInstance("Ed25519");
    s.initSign(key);
    s.update(data);
    return Base64.getEncoder().encodeToString(s.sign());
  }

  public static boolean verify(PublicKey key, byte[] data, String signature) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(data);
      return s.verify(Base64.getDecoder().decode(signature.strip()));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  public static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String stripPem(String s) {
    return s.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
  }
}
