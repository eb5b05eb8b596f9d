package org.db3311.sgc.adapter.jpa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How to reach the database, from plain properties (no framework needed):
 *
 * <ul>
 *   <li>{@code sgc.db.url} — JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/sgc} or {@code
 *       jdbc:h2:file:/var/lib/sgc/db/sgc}; required
 *   <li>{@code sgc.db.user} — required; {@code sgc.db.password} — optional
 *   <li>{@code sgc.db.pool-size} — connections in the pool, 1–200, default 10
 *   <li>{@code sgc.db.schema} — the schema holding the tables, created by the migrations when
 *       missing; default: the database's own default schema
 *   <li>{@code sgc.db.applicant-key-secret} — the secret (at least 32 characters) the searchable
 *       hashes of applicants' ID and telephone numbers are keyed with (HMAC-SHA256), kept outside
 *       the database; required. It cannot change once hashes are stored: the store refuses to start
 *       with another one (see docs/persistence.md)
 * </ul>
 */
public record JpaSettings(
    String url,
    String user,
    Optional<String> password,
    int poolSize,
    Optional<String> schema,
    String applicantKeySecret) {

  /** The file {@link #embedded} keeps its generated applicant key secret in. */
  public static final String SECRET_FILE = "applicant-key.secret";

  public JpaSettings {
    if (url == null || !url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("sgc.db.url must be a JDBC URL (jdbc:…), not " + url);
    }
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("sgc.db.user is required");
    }
    Objects.requireNonNull(password, "password");
    if (poolSize < 1 || poolSize > 200) {
      throw new IllegalArgumentException("sgc.db.pool-size must be 1–200, not " + poolSize);
    }
    Objects.requireNonNull(schema, "schema");
    schema.ifPresent(
        s -> {
          if (!s.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException(
                "sgc.db.schema must be a plain identifier (letters, digits, _), not " + s);
          }
        });
    if (applicantKeySecret == null || applicantKeySecret.strip().length() < 32) {
      throw new IllegalArgumentException(
          "sgc.db.applicant-key-secret is required: at least 32 characters, kept outside the"
              + " database (e.g. 32 random bytes in base64)");
    }
  }

  /** The settings without the secret, which must not reach a log. */
  @Override
  public String toString() {
    return "JpaSettings[url="
        + url
        + ", user="
        + user
        + ", poolSize="
        + poolSize
        + ", schema="
        + schema.orElse("(default)")
        + "]";
  }

  /** Reads the settings; every missing or malformed property is named in the exception. */
  public static JpaSettings from(Properties p) {
    String size = p.getProperty("sgc.db.pool-size", "10").trim();
    int poolSize;
    try {
      poolSize = Integer.parseInt(size);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("sgc.db.pool-size must be a number, not " + size, e);
    }
    return new JpaSettings(
        p.getProperty("sgc.db.url"),
        p.getProperty("sgc.db.user"),
        Optional.ofNullable(p.getProperty("sgc.db.password")).filter(s -> !s.isEmpty()),
        poolSize,
        Optional.ofNullable(p.getProperty("sgc.db.schema")).filter(s -> !s.isBlank()),
        p.getProperty("sgc.db.applicant-key-secret"));
  }

  /**
   * The embedded default: an H2 database in files under {@code directory}, no server needed. The
   * applicant key secret is read from {@value #SECRET_FILE} in the directory, generated there (32
   * random bytes, readable by the owner only where the file system allows) at the first start.
   */
  public static JpaSettings embedded(Path directory) {
    Path dir = directory.toAbsolutePath();
    Path base = dir.resolve("sgc");
    // H2 parses a statement again unless it is among the session's last QUERY_CACHE_SIZE (8 by
    // default); one registration sends more distinct statements than that, and parsing them was a
    // tenth of its CPU time (README "Benchmarks")
    return new JpaSettings(
        "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64",
        "sgc",
        Optional.empty(),
        5,
        Optional.empty(),
        secretIn(dir));
  }

  private static String secretIn(Path dir) {
    Path file = dir.resolve(SECRET_FILE);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(dir);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getEncoder().encodeToString(random);
        Path partial = Files.createTempFile(dir, SECRET_FILE, ".new");
        try {
          Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // e.g. Windows: the directory's own permissions protect it
        }
        Files.writeString(partial, secret, StandardCharsets.US_ASCII);
        try {
          Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
          Files.deleteIfExists(partial);
        }
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read or create the applicant key secret " + file, e);
    }
  }

  /** The same settings in another schema (each test class or tenant its own). */
  public JpaSettings inSchema(String name) {
    return new JpaSettings(url, user, password, poolSize, Optional.of(name), applicantKeySecret);
  }
}
