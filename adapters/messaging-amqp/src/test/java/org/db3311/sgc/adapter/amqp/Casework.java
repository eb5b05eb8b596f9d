package org.db3311.sgc.adapter.amqp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.db3311.sgc.adapter.jpa.JpaMatterRepository;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.adapter.jpa.JpaSupervisionFileRepository;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * A governance center on a durable store (H2 in a temporary directory, or the local PostgreSQL in a
 * schema of its own), removed by {@link #close()}. Matters are registered and accepted through the
 * use cases, so the outbox holds the events the real services write.
 */
final class Casework implements AutoCloseable {

  /** Late on New Year's Eve in Qingtian: the work crosses the year boundary. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-31T15:59:00Z"), ZoneId.of("Asia/Shanghai"));

  static final String PG_URL =
      System.getenv().getOrDefault("SGC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String PG_USER = System.getenv().getOrDefault("SGC_TEST_PG_USER", "postgres");

  final JpaSettings settings;
  final JpaStore store;
  final GovernanceCenter center;

  private Casework(JpaSettings settings) {
    this.settings = settings;
    this.store = JpaStore.open(settings);
    this.center =
        GovernanceCenter.builder(DivisionCode.of("331121"), CLOCK)
            .unitOfWork(store.unitOfWork())
            .matters(new JpaMatterRepository(store))
            .supervisionFiles(new JpaSupervisionFileRepository(store))
            .auditTrail(store.auditTrail())
            .outbox(store.outbox())
            .sequences(store.sequences())
            .build();
  }

  static Casework postgres(String test) {
    String schema =
        ("t_amqp_" + test + "_" + Long.toHexString(System.nanoTime())).toLowerCase(Locale.ROOT);
    return new Casework(
        new JpaSettings(
            PG_URL,
            PG_USER,
            Optional.empty(),
            4,
            Optional.of(schema),
            "test-applicant-key-secret-0123456789abcdef"));
  }

  static Casework h2() throws IOException {
    return new Casework(JpaSettings.embedded(Files.createTempDirectory("sgc-amqp-")));
  }

  /** Registers and accepts {@code n} matters; returns their numbers. */
  List<RegistrationNumber> registerAndAccept(int n) {
    List<RegistrationNumber> numbers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Party applicant = Party.Citizen.of("申请人" + i, null, "1390000" + String.format("%04d", i));
      Registration r =
          Registration.atWindow(
              List.of(
                  MatterParty.applicant(applicant), MatterParty.respondent(IntakeFixtures.FIRM)),
              i % 2 == 0 ? "dispute.labour" : "dispute.neighbour",
              IntakeFixtures.place("乡镇" + i),
              "拖欠工资三个月",
              IntakeFixtures.ALL_MATERIALS);
      RegistrationNumber number =
          center
              .intake()
              .register(new RegisterMatterUseCase.Command(r, IntakeFixtures.CLERK))
              .number();
      center
          .intake()
          .decide(
              new DecideIntakeUseCase.Command(
                  number, DecideIntakeUseCase.Verdict.Review.clean(), IntakeFixtures.CLERK));
      numbers.add(number);
    }
    return numbers;
  }

  /** The events not yet published, in append order. */
  List<IntegrationEvent> unpublished() {
    return store.outbox().unpublished(100_000);
  }

  /** The ids of the rows not yet published, read with plain SQL (whether they read or not). */
  List<String> unpublishedIds() {
    try (Connection c = connect();
        Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "select event_id from outbox_event where published_at is null order by position")) {
      List<String> ids = new ArrayList<>();
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs an update on the store's database, in its schema. */
  int sql(String statement) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      return s.executeUpdate(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(settings.url(), settings.user(), null);
    if (settings.schema().isPresent()) {
      c.setSchema(settings.schema().get());
    }
    return c;
  }

  /** Events grouped by aggregate, each list in the order given. */
  static Map<String, List<Long>> sequencesByAggregate(List<IntegrationEvent> events) {
    Map<String, List<Long>> by = new LinkedHashMap<>();
    for (IntegrationEvent e : events) {
      by.computeIfAbsent(e.aggregateType() + "/" + e.aggregateId(), k -> new ArrayList<>())
          .add(e.sequence());
    }
    return by;
  }

  @Override
  public void close() throws IOException, SQLException {
    store.close();
    if (settings.url().startsWith("jdbc:postgresql:")) {
      try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), null);
          Statement s = c.createStatement()) {
        s.execute("drop schema if exists " + settings.schema().orElseThrow() + " cascade");
      }
    } else {
      String file = settings.url().substring("jdbc:h2:file:".length()).split(";")[0];
      try (Stream<Path> paths = Files.walk(Path.of(file).getParent())) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
