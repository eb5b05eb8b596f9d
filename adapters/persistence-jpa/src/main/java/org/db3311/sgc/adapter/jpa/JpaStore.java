package org.db3311.sgc.adapter.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The durable store of a deployment: a connection pool (HikariCP), the schema brought up to date by
 * Flyway, and EclipseLink bootstrapped in Java SE mode (RESOURCE_LOCAL, no weaving). Everything the
 * adapters of this module need comes from here; close it when the process stops.
 *
 * <p>Opening fails fast with a {@link PersistenceUnavailableException} that says why: the database
 * cannot be reached, or it holds migrations this code does not know (a newer release ran on it).
 */
public final class JpaStore implements AutoCloseable {

  private final JpaSettings settings;
  private final HikariDataSource dataSource;
  private final EntityManagerFactory factory;
  private final JpaUnitOfWork unitOfWork;
  private final String schemaVersion;
  private final ApplicantKeys applicantKeys;

  private JpaStore(
      JpaSettings settings,
      HikariDataSource dataSource,
      EntityManagerFactory factory,
      String schemaVersion,
      ApplicantKeys applicantKeys) {
    this.settings = settings;
    this.applicantKeys = applicantKeys;
    this.dataSource = dataSource;
    this.factory = factory;
    this.unitOfWork = new JpaUnitOfWork(factory);
    this.schemaVersion = schemaVersion;
  }

  /**
   * Connects, migrates the schema, re-keys applicant hashes stored before V9 ({@link
   * ApplicantKeys}) and starts the persistence unit.
   */
  public static JpaStore open(JpaSettings settings) {
    HikariDataSource ds = pool(settings);
    try {
      String version = migrate(ds, settings);
      ApplicantKeys keys = new ApplicantKeys(settings.applicantKeySecret());
      keys.prepare(ds);
      Map<String, Object> props = new HashMap<>();
      props.put("jakarta.persistence.nonJtaDataSource", ds);
      props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
      props.put("eclipselink.weaving", "false");
      props.put("eclipselink.logging.level", "WARNING");
      props.put("eclipselink.logging.parameters", "false");
      props.put("eclipselink.cache.shared.default", "false");
      // The inserts (and updates) of one flush that share their SQL go to the database as one
      // JDBC batch, one round trip; a refused row still surfaces at that flush, with its SQL state.
      props.put("eclipselink.jdbc.batch-writing", "JDBC");
      props.put("eclipselink.jdbc.batch-writing.size", "100");
      EntityManagerFactory emf = Persistence.createEntityManagerFactory("sgc", props);
      emf.createEntityManager().close();
      return new JpaStore(settings, ds, emf, version, keys);
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
  }

  private static HikariDataSource pool(JpaSettings s) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(s.url());
    c.setUsername(s.user());
    s.password().ifPresent(c::setPassword);
    c.setMaximumPoolSize(s.poolSize());
    c.setPoolName("sgc");
    c.setConnectionTimeout(5_000);
    c.setInitializationFailTimeout(5_000);
    if (s.url().startsWith("jdbc:postgresql:")) {
      // After five executions of a prepared statement PostgreSQL may switch to a generic plan, made
      // without the parameters' values; for the repeat-candidate and other window statements that
      // plan was far slower than the custom one (half a registration's time on a quiet machine).
      // Sent in the connection's start-up packet: no round trip (README "Benchmarks").
      c.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
    }
    // Auto-commit stays on outside transactions: a session setting made while a connection is
    // idle (its schema) must not sit in a transaction that a later rollback would undo.
    s.schema()
        .ifPresent(
            schema -> {
              createSchema(s, schema);
              c.setSchema(schema);
            });
    try {
      return new HikariDataSource(c);
    } catch (HikariPool.PoolInitializationException e) {
      throw new PersistenceUnavailableException(
          "cannot reach the database at "
              + redact(s.url())
              + " as "
              + s.user()
              + ": "
              + rootMessage(e),
          e);
    }
  }

  /** Creates the schema before the pool, which makes it current on every connection, opens. */
  private static void createSchema(JpaSettings s, String schema) {
    try (Connection c =
            java.sql.DriverManager.getConnection(s.url(), s.user(), s.password().orElse(null));
        java.sql.Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new PersistenceUnavailableException(
          "cannot reach the database at "
              + redact(s.url())
              + " as "
              + s.user()
              + " to create schema "
              + schema
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static String migrate(DataSource ds, JpaSettings s) {
    var config =
        Flyway.configure()
            .dataSource(ds)
            .locations("classpath:db/migration")
            .javaMigrations(
                new CaseFactReportColumns(), new SequenceAllocation(), new AreaIndexes());
    s.schema().ifPresent(schema -> config.schemas(schema).createSchemas(true));
    Flyway flyway = config.load();
    MigrationInfoService info = flyway.info();
    Optional<MigrationVersion> newestApplied =
        Arrays.stream(info.applied())
            .map(MigrationInfo::getVersion)
            .filter(java.util.Objects::nonNull)
            .max(Comparator.naturalOrder());
    Optional<MigrationVersion> newestKnown =
        Arrays.stream(info.all())
            .filter(i -> i.getState().isResolved())
            .map(MigrationInfo::getVersion)
            .filter(java.util.Objects::nonNull)
            .max(Comparator.naturalOrder());
    if (newestApplied.isPresent()
        && (newestKnown.isEmpty() || newestApplied.get().compareTo(newestKnown.get()) > 0)) {
      throw new PersistenceUnavailableException(
          "the database at "
              + redact(s.url())
              + " holds schema version "
              + newestApplied.get()
              + ", newer than this code knows ("
              + newestKnown.map(MigrationVersion::toString).orElse("none")
              + "): run the release that migrated it, or a newer one");
    }
    MigrateResult result = flyway.migrate();
    return result.targetSchemaVersion != null
        ? result.targetSchemaVersion
        : Optional.ofNullable(flyway.info().current())
            .map(i -> i.getVersion().toString())
            .orElse("none");
  }

  /** The unit of work of this store: every adapter of the store joins it. */
  public JpaUnitOfWork unitOfWork() {
    return unitOfWork;
  }

  public JpaAuditTrail auditTrail() {
    return new JpaAuditTrail(unitOfWork);
  }

  public JpaOutbox outbox() {
    return new JpaOutbox(unitOfWork);
  }

  public JpaSequenceGenerator sequences() {
    return new JpaSequenceGenerator(dataSource);
  }

  /** The schema version the migrations brought the database to. */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** Whether the database answers now, with the reason when it does not. */
  public Health health() {
    try (Connection c = dataSource.getConnection()) {
      if (c.isValid(2)) {
        return new Health(true, "database reachable; schema version " + schemaVersion);
      }
      return new Health(false, "database did not answer within 2 s");
    } catch (SQLException e) {
      return new Health(false, "database unreachable: " + e.getMessage());
    }
  }

  /** What {@link #health()} found. */
  public record Health(boolean up, String detail) {}

  public JpaSettings settings() {
    return settings;
  }

  /** How applicants' identity keys are hashed in this database. */
  ApplicantKeys applicantKeys() {
    return applicantKeys;
  }

  EntityManagerFactory factory() {
    return factory;
  }

  DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    try {
      factory.close();
    } finally {
      dataSource.close();
    }
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
