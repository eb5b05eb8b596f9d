package org.db3311.sgc.adapter.jpa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.adapter.jpa.RegistrationFloor;
import org.db3311.sgc.adapter.jpa.RegistrationRig;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.IntakeConfiguration;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.MaterialRequirements;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RepeatDetectionRule;

/**
 * A harness, not a test: registering a matter through the use case on PostgreSQL (with its audit
 * entries, outbox rows and supervision file, in one transaction) against single-row inserts by
 * {@code pgbench} on the same database, measured alternately in one run. Run it with {@code
 * bin/bench-persistence [seconds] [rounds] [warm-up seconds]}; it prints each round, the CPU time
 * the registering thread spent on each registration, and the ratio of the medians.
 */
public final class RegistrationThroughput {

  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    // Until the JIT has compiled the write path, a registration runs interpreted at several times
    // its CPU cost: a short warm-up measured the compiler, not the store.
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    String schema = "bench_" + Long.toHexString(System.nanoTime());
    JpaSettings settings =
        new JpaSettings(
            URL, "postgres", Optional.empty(), 4, Optional.of(schema), "bench-" + "k".repeat(40));
    List<Double> ours = new ArrayList<>();
    List<Double> pgbench = new ArrayList<>();
    List<Double> shortWindow = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    List<Double> floors = new ArrayList<>();
    List<Double> writesOnly = new ArrayList<>();
    List<Double> oneStatement = new ArrayList<>();
    try (JpaStore store = JpaStore.open(settings)) {
      GovernanceCenter center = RegistrationRig.builder(store).build();
      // The same, with the repeat-detection window cut to one second: what the 90-day scan of
      // earlier matters (MatterRepository.registeredSince) costs each registration.
      GovernanceCenter noScan =
          RegistrationRig.builder(store)
              .intakeConfiguration(
                  new IntakeConfiguration(
                      DivisionCode.of("331121"),
                      CategoryTaxonomy.defaults(),
                      MaterialRequirements.defaults(),
                      new RepeatDetectionRule(Duration.ofSeconds(1))))
              .build();
      Path script = Files.createTempFile("pgbench", ".sql");
      Files.writeString(
          script,
          "INSERT INTO " + schema + ".bench_row (payload) VALUES ('x');\n",
          StandardCharsets.UTF_8);
      try (Connection c = DriverManager.getConnection(URL, "postgres", null);
          Statement s = c.createStatement()) {
        s.execute("create table " + schema + ".bench_row (id bigserial primary key, payload text)");
      }
      register(center, warmUp);
      register(noScan, Math.max(1, warmUp / 4));
      RegistrationFloor floor = RegistrationFloor.over(store, settings, lastNumber);
      for (RegistrationFloor.Mode mode : RegistrationFloor.Mode.values()) {
        floor.run(RegistrationThroughput::registration, Math.max(1, warmUp / 8), mode);
      }
      for (int r = 1; r <= rounds; r++) {
        analyze(schema);
        double p = pgbench(script, seconds);
        double o = register(center, seconds);
        double w = register(noScan, seconds);
        double f =
            floor.run(
                RegistrationThroughput::registration,
                seconds,
                RegistrationFloor.Mode.WITH_CANDIDATES);
        double g =
            floor.run(
                RegistrationThroughput::registration, seconds, RegistrationFloor.Mode.WRITES_ONLY);
        double h =
            floor.run(
                RegistrationThroughput::registration,
                seconds,
                RegistrationFloor.Mode.ONE_STATEMENT);
        pgbench.add(p);
        ours.add(o);
        shortWindow.add(w);
        floors.add(f);
        writesOnly.add(g);
        oneStatement.add(h);
        cpu.add(lastCpuMillis);
        System.out.printf(
            Locale.ROOT,
            "round %d: pgbench %.0f inserts/s, registration %.1f/s (ratio %.3f, %.2f ms CPU of the"
                + " registering thread each), without the 90-day repeat scan %.1f/s (ratio %.3f),"
                + " the same rows by plain JDBC in three round trips %.1f/s (ratio %.3f), its two"
                + " writes alone %.1f/s (ratio %.3f), in one statement %.1f/s (ratio %.3f)%n",
            r,
            p,
            o,
            o / p,
            cpu.getLast(),
            w,
            w / p,
            f,
            f / p,
            g,
            g / p,
            h,
            h / p);
      }
    } finally {
      try (Connection c = DriverManager.getConnection(URL, "postgres", null);
          Statement s = c.createStatement()) {
        s.execute("drop schema if exists " + schema + " cascade");
      }
    }
    double mo = median(ours);
    double mp = median(pgbench);
    System.out.printf(
        Locale.ROOT,
        "median: registration %.1f/s, pgbench single-row insert %.0f/s, ratio %.3f (target ≥ 0.5)%n",
        mo,
        mp,
        mo / mp);
    System.out.printf(
        Locale.ROOT,
        "median without the 90-day repeat scan: %.1f/s, ratio %.3f%n",
        median(shortWindow),
        median(shortWindow) / mp);
    System.out.printf(
        Locale.ROOT,
        "median of the floor (the same rows and reads by plain JDBC, no domain or JPA work): %.1f/s,"
            + " ratio %.3f%n",
        median(floors),
        median(floors) / mp);
    System.out.printf(
        Locale.ROOT,
        "median of the floor's two writes alone (the number, and the four rows in one statement):"
            + " %.1f/s, ratio %.3f%n",
        median(writesOnly),
        median(writesOnly) / mp);
    System.out.printf(
        Locale.ROOT,
        "median of the floor in one statement (the counter's step and the four rows, one round"
            + " trip, as pgbench's insert): %.1f/s, ratio %.3f%n",
        median(oneStatement),
        median(oneStatement) / mp);
    System.out.printf(
        Locale.ROOT,
        "median CPU time of the registering thread: %.2f ms a registration%n",
        median(cpu));
  }

  private static final List<String> CATEGORIES =
      List.of(
          "dispute.marriage_family",
          "dispute.neighbour",
          "dispute.housing_homestead",
          "dispute.contract",
          "dispute.business",
          "dispute.damages",
          "dispute.forest_land",
          "dispute.land_acquisition",
          "dispute.pollution",
          "dispute.labour");

  /** CPU time of this thread per registration in the last {@link #register} call, in ms. */
  private static double lastCpuMillis;

  /** The number of the last matter {@link #register} stored. */
  private static String lastNumber;

  /**
   * The {@code n}th registration: spread over the categories and townships of a county, as real
   * intake is (a benchmark where every matter shares one place and category would make each a
   * candidate group dispute of all).
   */
  private static Registration registration(long n) {
    Party applicant =
        Party.Citizen.of("申请人" + n, null, "139" + String.format("%08d", n % 100_000_000));
    return Registration.atWindow(
        List.of(MatterParty.applicant(applicant), MatterParty.respondent(IntakeFixtures.FIRM)),
        CATEGORIES.get((int) (n % CATEGORIES.size())),
        IntakeFixtures.place("乡镇" + (n / CATEGORIES.size()) % 32),
        "拖欠工资三个月",
        IntakeFixtures.ALL_MATERIALS);
  }

  private static double register(GovernanceCenter center, int seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    Actor clerk = Actor.of("clerk-bench", "窗口人员");
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long n = 0;
    long start = System.nanoTime();
    while (System.nanoTime() < end) {
      lastNumber =
          center
              .intake()
              .register(new RegisterMatterUseCase.Command(registration(n), clerk))
              .number()
              .toString();
      n++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    lastCpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / Math.max(1, n);
    return n / elapsed;
  }

  private static double pgbench(Path script, int seconds) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "pgbench",
                "-n",
                "-c",
                "1",
                "-T",
                String.valueOf(seconds),
                "-f",
                script.toString(),
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "test")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("pgbench failed: " + out);
    }
    Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no tps in pgbench output: " + out);
    }
    return Double.parseDouble(m.group(1));
  }

  /**
   * Statistics of the schema's tables for the planner, as autovacuum keeps them where it runs. This
   * machine's PostgreSQL runs without it, and with no statistics at all the planner read the repeat
   * candidates of a township by the township-code index (a tie of two estimates of one row), that
   * is a county's whole category, 28 ms a registration once the tables held 80,000 matters.
   */
  private static void analyze(String schema) throws java.sql.SQLException {
    try (Connection c = DriverManager.getConnection(URL, "postgres", null);
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (var rs =
          s.executeQuery("select tablename from pg_tables where schemaname = '" + schema + "'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        s.execute("analyze " + schema + "." + t);
      }
    }
  }

  private static double median(List<Double> xs) {
    List<Double> s = xs.stream().sorted().toList();
    return s.get(s.size() / 2);
  }

  private RegistrationThroughput() {}

  static {
    try {
      Class.forName("org.postgresql.Driver");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
