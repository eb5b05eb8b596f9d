package org.db3311.sgc.adapter.jpa;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The searchable hashes of applicants' identity keys (ID number, telephone number) in {@code
 * matter_applicant_key}, which repeat detection (6.1.1.1) looks earlier matters up by: HMAC-SHA256
 * under the configured secret ({@code sgc.db.applicant-key-secret}) of the SHA-256 of the key. A
 * leaked table cannot be reversed by hashing every possible ID number without the secret, which is
 * not in the database.
 *
 * <p>Why HMAC of the SHA-256 and not of the key itself: schema versions before V9 stored the plain
 * SHA-256, and this form lets {@link #prepare} re-key those rows at start-up from the table alone,
 * without reading a document. The fingerprint of the secret (an HMAC of a fixed text, which does
 * not reveal the secret) is kept in {@code applicant_key_scheme}: a store started with another
 * secret would silently miss every repeat, so it refuses to start instead.
 */
final class ApplicantKeys {

  private static final String FINGERPRINT_TEXT = "sgc applicant key fingerprint v1";
  private static final int BATCH = 1_000;

  private final SecretKeySpec key;

  ApplicantKeys(String secret) {
    Objects.requireNonNull(secret, "secret");
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** The stored hash of an identity key. */
  String hash(String identityKey) {
    return hmac(sha256(identityKey));
  }

  /** What identifies the secret in the database without revealing it. */
  String fingerprint() {
    return hmac(FINGERPRINT_TEXT);
  }

  /**
   * Run once at start-up, after the migrations: when the hashes are not keyed yet (stored by a
   * version before V9), re-keys every row in one transaction and records the secret's fingerprint;
   * when they were keyed with this secret, does nothing; when with another, refuses.
   *
   * @throws PersistenceUnavailableException when the stored hashes were keyed with another secret
   */
  void prepare(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        String stored;
        try (PreparedStatement s =
                c.prepareStatement(
                    "select fingerprint from applicant_key_scheme where id = 1 for update");
            ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            throw new IllegalStateException("applicant_key_scheme has lost its row");
          }
          stored = r.getString(1);
        }
        if (stored == null) {
          rekeyAll(c);
          try (PreparedStatement s =
              c.prepareStatement("update applicant_key_scheme set fingerprint = ? where id = 1")) {
            s.setString(1, fingerprint());
            s.executeUpdate();
          }
        } else if (!stored.equals(fingerprint())) {
          throw new PersistenceUnavailableException(
              "the applicant key hashes in this database were made with another"
                  + " sgc.db.applicant-key-secret (fingerprint "
                  + stored.substring(0, 12)
                  + "…, the configured one is "
                  + fingerprint().substring(0, 12)
                  + "…): configure the secret they were made with; repeat detection would"
                  + " otherwise miss every earlier matter");
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new PersistenceUnavailableException(
          "cannot re-key the applicant key hashes: " + e.getMessage(), e);
    }
  }

  /** Turns every plain SHA-256 into its HMAC, a batch of updates at a time. */
  private void rekeyAll(Connection c) throws SQLException {
    try (PreparedStatement read =
            c.prepareStatement("select registration_number, key_hash from matter_applicant_key");
        PreparedStatement write =
            c.prepareStatement(
                "update matter_applicant_key set key_hash = ? where registration_number = ? and"
                    + " key_hash = ?")) {
      read.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet r = read.executeQuery()) {
        while (r.next()) {
          String plain = r.getString(2);
          write.setString(1, hmac(plain));
          write.setString(2, r.getString(1));
          write.setString(3, plain);
          write.addBatch();
          if (++pending == BATCH) {
            write.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
  }

  private String hmac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
