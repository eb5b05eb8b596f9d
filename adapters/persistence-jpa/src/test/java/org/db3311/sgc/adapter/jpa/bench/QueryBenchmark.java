package org.db3311.sgc.adapter.jpa.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.adapter.jpa.JpaCaseFactStore;
import org.db3311.sgc.adapter.jpa.JpaMatterRepository;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.adapter.jpa.JpaSupervisionFileRepository;
import org.db3311.sgc.adapter.jpa.QueryMeasurements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.supervision.DeadlinePolicy;
import org.db3311.sgc.core.supervision.SupervisionFile;

/**
 * A harness, not a test: the query ports over 1,000,000 stored matters on PostgreSQL, each measured
 * side by side with the same SQL issued as plain JDBC (the floor the database sets), alternately in
 * one run. Run with {@code bin/bench-queries [matters] [rounds]}; the data set is loaded once into
 * schema {@code bench_queries} and reused while complete.
 */
public final class QueryBenchmark {

  static final String URL =
      Optional.ofNullable(System.getenv("SGC_BENCH_PG_URL"))
          .orElse("jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = "postgres";
  static final String SCHEMA = "bench_queries";
  static final String SECRET = "bench-queries-applicant-key-secret-0123456789";

  public static void main(String[] args) throws Exception {
    int matters = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    boolean loadOnly = args.length > 2 && args[2].equals("--load-only");
    JpaSettings settings =
        new JpaSettings(URL, USER, Optional.empty(), 4, Optional.of(SCHEMA), SECRET);
    try (JpaStore store = open(settings)) {
      ensureLoaded(store, matters);
      if (loadOnly) {
        return;
      }
      QueryMeasurements.run(store, URL, USER, SCHEMA, rounds, QueryBenchData.COUNTIES);
    }
  }

  /**
   * Opens the benchmark's store; a schema the migrations cannot validate any more (a migration
   * changed or was added below the applied version since the data set was loaded) is dropped and
   * loaded again.
   */
  private static JpaStore open(JpaSettings settings) throws Exception {
    try {
      return JpaStore.open(settings);
    } catch (RuntimeException e) {
      if (!(e instanceof org.flywaydb.core.api.exception.FlywayValidateException)) {
        throw e;
      }
      System.out.println("schema " + SCHEMA + " is from older migrations: dropped, to be loaded");
      try (Connection c = DriverManager.getConnection(URL, USER, null);
          Statement s = c.createStatement()) {
        s.execute("drop schema " + SCHEMA + " cascade");
      }
      return JpaStore.open(settings);
    }
  }

  private static void ensureLoaded(JpaStore store, int matters) throws Exception {
    try (Connection c = DriverManager.getConnection(URL, USER, null);
        Statement s = c.createStatement()) {
      s.execute("set search_path to " + SCHEMA);
      if (QueryBenchData.loaded(c, matters)) {
        System.out.printf("data set of %,d matters in schema %s: reused%n", matters, SCHEMA);
        return;
      }
      long t0 = System.nanoTime();
      System.out.printf("loading %,d matters into schema %s%n", matters, SCHEMA);
      String number = "331121-20260105-0001";
      s.execute(
          "truncate matter_applicant_key, supervision_participant, supervision_file, matter,"
              + " case_fact");
      Matter template =
          Matter.register(
              RegistrationNumber.parse(number),
              IntakeFixtures.windowRegistration(
                  IntakeFixtures.ZHANG, "dispute.labour", IntakeFixtures.ALL_MATERIALS),
              CategoryTaxonomy.defaults().get("dispute.labour"),
              List.of(),
              IntakeFixtures.CLERK,
              Instant.parse("2026-01-05T02:00:00Z"));
      new JpaMatterRepository(store).save(template);
      new JpaSupervisionFileRepository(store)
          .save(
              SupervisionFile.open(
                  number,
                  "拖欠工资三个月",
                  "dispute.labour",
                  UnitId.of("unit-331121-1"),
                  Set.of(),
                  DeadlinePolicy.defaults().rulesFor("dispute.labour"),
                  Actor.SYSTEM,
                  Instant.parse("2026-01-05T02:00:00Z"),
                  LocalDate.of(2026, 1, 5)));
      new JpaCaseFactStore(store)
          .upsert(
              MatterFact.registered(
                      MatterId.of(number),
                      MatterKind.DISPUTE,
                      "dispute.labour",
                      DivisionCode.of("331121"),
                      Instant.parse("2026-01-05T02:00:00Z"))
                  .cause("wages")
                  .handlingMethod("人民调解")
                  .assigned(
                      UnitId.of("unit-331121-1"),
                      Instant.parse("2026-01-05T02:00:00Z"),
                      Instant.parse("2026-01-06T02:00:00Z"))
                  .partyCount(2)
                  .build());
      String matterDocument = document(s, "matter", "registration_number", number);
      String factDocument = document(s, "case_fact", "matter_id", number);
      String fileDocument = document(s, "supervision_file", "subject", number);
      QueryBenchData.load(
          URL, USER, SCHEMA, matters, number, matterDocument, fileDocument, factDocument);
      System.out.printf(
          "loaded in %.0f s (COPY, indexes rebuilt, VACUUM ANALYZE)%n",
          (System.nanoTime() - t0) / 1e9);
    }
  }

  private static String document(Statement s, String table, String key, String value)
      throws Exception {
    try (ResultSet r =
        s.executeQuery("select document from " + table + " where " + key + " = '" + value + "'")) {
      r.next();
      return r.getString(1);
    }
  }
}
