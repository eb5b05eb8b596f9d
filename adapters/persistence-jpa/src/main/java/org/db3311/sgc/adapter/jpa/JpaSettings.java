package org.db3311.sgc.adapter.jpa;

import java.nio.file.Path;
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
 * </ul>
 */
public record JpaSettings(
    String url, String user, Optional<String> password, int poolSize, Optional<String> schema) {

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
        Optional.ofNullable(p.getProperty("sgc.db.schema")).filter(s -> !s.isBlank()));
  }

  /** The embedded default: an H2 database in files under {@code directory}, no server needed. */
  public static JpaSettings embedded(Path directory) {
    Path base = directory.toAbsolutePath().resolve("sgc");
    return new JpaSettings(
        "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE",
        "sgc",
        Optional.empty(),
        5,
        Optional.empty());
  }

  /** The same settings in another schema (each test class or tenant its own). */
  public JpaSettings inSchema(String name) {
    return new JpaSettings(url, user, password, poolSize, Optional.of(name));
  }
}
