package org.db3311.sgc.adapter.jpa;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.EscalationLevel;
import org.db3311.sgc.core.facts.IntakeChannel;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.intake.Category;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.MatterQuery;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.MatterSummary;
import org.db3311.sgc.core.intake.PlaceScope;
import org.db3311.sgc.core.risk.MonthlyReportBuilder;
import org.db3311.sgc.core.risk.RiskReportSettings;
import org.db3311.sgc.core.risk.Span;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.DueKey;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.PageRequest;

/**
 * Part of the query benchmark harness ({@code bench.QueryBenchmark}), not a test: each port query
 * timed beside the same SQL issued as plain JDBC on a connection of its own, alternately, round
 * after round, on the data set the harness loaded. Prints medians, p95s and the ratio of the p95s.
 * It sits in this package to issue the repositories' own SQL constants.
 */
public final class QueryMeasurements {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 15);
  private static final YearMonth MONTH = YearMonth.of(2026, 6);
  private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

  private QueryMeasurements() {}

  /** Timings of one query, in milliseconds. */
  private record Timings(String name, List<Double> port, List<Double> jdbc) {
    Timings(String name) {
      this(name, new ArrayList<>(), new ArrayList<>());
    }

    void print() {
      double p95 = percentile(port, 0.95);
      double base = percentile(jdbc, 0.95);
      System.out.printf(
          Locale.ROOT,
          "%-58s port p50 %8.2f ms p95 %8.2f ms | JDBC p50 %8.2f ms p95 %8.2f ms | p95 ratio %5.2f%n",
          name,
          percentile(port, 0.5),
          p95,
          percentile(jdbc, 0.5),
          base,
          p95 / base);
    }
  }

  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  private static double time(Supplier<?> work) {
    long t0 = System.nanoTime();
    Object result = work.get();
    double ms = (System.nanoTime() - t0) / 1e6;
    if (result == null) {
      throw new IllegalStateException("a measured query answered nothing");
    }
    return ms;
  }

  private static void pair(
      Timings t, boolean record, boolean portFirst, Supplier<?> port, Supplier<?> jdbc) {
    double a;
    double b;
    if (portFirst) {
      a = time(port);
      b = time(jdbc);
    } else {
      b = time(jdbc);
      a = time(port);
    }
    if (record) {
      t.port.add(a);
      t.jdbc.add(b);
    }
  }

  public static void run(
      JpaStore store, String url, String user, String schema, int rounds, List<String> counties)
      throws SQLException {
    JpaSupervisionFileRepository files = new JpaSupervisionFileRepository(store);
    JpaMatterSearch search = new JpaMatterSearch(store);
    Random random = new Random(7);
    try (Connection c = DriverManager.getConnection(url, user, null)) {
      try (Statement s = c.createStatement()) {
        s.execute("set search_path to " + schema);
      }
      c.setAutoCommit(false);
      Timings overview = new Timings("(a) supervision overview of one unit (lead + participant)");
      Timings overdue = new Timings("(a) overdue list, first page of 50 (documents parsed)");
      Timings overdueCold =
          new Timings("(a) overdue list, a random later page of 50 (not parsed before)");
      Timings overdueSeek =
          new Timings("(a) overdue list, a random later page of 50 by seek (after a key)");
      Timings main = new Timings("matter search: county + state, newest first, 50");
      Timings filtered = new Timings("matter search: city + category + June, by deadline, 50");
      Timings deepOffset =
          new Timings("matter search: county, newest first, a random later page by offset");
      Timings deepSeek =
          new Timings("matter search: county, newest first, a random later page by seek");
      Timings report = new Timings("(b) monthly report over the period scan (May+June)");
      Date today = new Date(TODAY);
      // warm-up: a few rounds of each, not recorded
      for (int round = -5; round < rounds; round++) {
        String county = counties.get(random.nextInt(counties.size()));
        UnitId unit = UnitId.of("unit-" + county + "-" + random.nextInt(20));
        boolean record = round >= 0;
        // the two sides take turns at going first, so neither always meets a warmed cache
        boolean portFirst = round % 2 == 0;
        pair(
            overview,
            record,
            portFirst,
            () -> files.countByState(unit, TODAY),
            () ->
                jdbcRows(
                        c,
                        JpaSupervisionFileRepository.COUNT_LEADING_UNIT,
                        today.sql(),
                        unit.value())
                    + jdbcRows(
                        c,
                        JpaSupervisionFileRepository.COUNT_PARTICIPATING_UNIT,
                        today.sql(),
                        unit.value()));
        pair(
            overdue,
            record,
            portFirst,
            () -> files.dueBefore(TODAY, PageRequest.first(50)),
            () -> jdbcRows(c, JpaSupervisionFileRepository.DUE_BEFORE, today.sql(), 50, 0));
        // a page no earlier round read, so its documents are parsed, not taken from the cache
        int offset = 50 * (1 + random.nextInt(2_000));
        pair(
            overdueCold,
            record,
            portFirst,
            () -> files.dueBefore(TODAY, new PageRequest(offset, 50)),
            () -> jdbcRows(c, JpaSupervisionFileRepository.DUE_BEFORE, today.sql(), 50, offset));
        // the same depth by seek: the key of the line before the page, looked up untimed (it
        // reads only the index up to there, none of the page's rows)
        int seekOffset = 50 * (1 + random.nextInt(2_000));
        DueKey key = keyAt(c, today, seekOffset - 1);
        pair(
            overdueSeek,
            record,
            portFirst,
            () -> files.dueBefore(TODAY, key, 50),
            () ->
                jdbcRows(
                    c,
                    JpaSupervisionFileRepository.DUE_BEFORE_AFTER,
                    today.sql(),
                    java.sql.Date.valueOf(key.nextDeadline()),
                    key.subject(),
                    50));
        MatterQuery q =
            MatterQuery.all()
                .within(PlaceScope.of(county))
                .inStates(MatterState.IN_HANDLING)
                .sortedBy(MatterQuery.Sort.REGISTERED_AT, MatterQuery.Direction.DESCENDING);
        pair(
            main,
            record,
            portFirst,
            () -> search.search(q),
            () -> jdbcRows(c, JpaMatterSearch.sql(q)));
        MatterQuery q2 =
            MatterQuery.all()
                .within(PlaceScope.of("331100"))
                .inCategory("dispute.labour")
                .registeredBetween(
                    MONTH.atDay(1).atStartOfDay(ZONE).toInstant(),
                    MONTH.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant())
                .sortedBy(MatterQuery.Sort.DEADLINE, MatterQuery.Direction.ASCENDING);
        pair(
            filtered,
            record,
            portFirst,
            () -> search.search(q2),
            () -> jdbcRows(c, JpaMatterSearch.sql(q2)));
        // a county holds about 111,000 matters: pages up to 45,000 deep, each way at its own
        // depth (the key looked up untimed)
        MatterQuery county1 =
            MatterQuery.all()
                .within(PlaceScope.of(county))
                .sortedBy(MatterQuery.Sort.REGISTERED_AT, MatterQuery.Direction.DESCENDING);
        MatterQuery byOffset = county1.page(50 * (1 + random.nextInt(900)), 50);
        pair(
            deepOffset,
            record,
            portFirst,
            () -> search.search(byOffset),
            () -> jdbcRows(c, JpaMatterSearch.sql(byOffset)));
        MatterSummary before =
            search.search(county1.page(50 * (1 + random.nextInt(900)) - 1, 1)).items().getFirst();
        MatterQuery bySeek = county1.after(MatterQuery.After.of(before), 50);
        pair(
            deepSeek,
            record,
            portFirst,
            () -> search.search(bySeek),
            () -> jdbcRows(c, JpaMatterSearch.sql(bySeek)));
      }
      overview.print();
      overdue.print();
      overdueCold.print();
      overdueSeek.print();
      deepPagePlans(c, today);
      main.print();
      filtered.print();
      deepOffset.print();
      deepSeek.print();

      Span month = Span.month(MONTH, ZONE);
      Instant from = MONTH.minusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
      Instant until = month.end();
      MonthlyReportBuilder builder =
          new MonthlyReportBuilder(RiskReportSettings.defaults(ZONE, UnitId.of("center.risk")));
      int reportRounds = Math.max(3, Math.min(10, rounds / 20));
      int[] scanned = new int[1];
      // CPU time of this thread (the driver reads the rows on it) beside the wall time: on a
      // machine whose load exceeds its cores, the wall time is mostly waiting for a core
      java.lang.management.ThreadMXBean threads =
          java.lang.management.ManagementFactory.getThreadMXBean();
      List<Double> reportCpu = new ArrayList<>();
      for (int round = -1; round < reportRounds; round++) {
        boolean recordCpu = round >= 0;
        pair(
            report,
            round >= 0,
            round % 2 == 0,
            () -> {
              long cpu0 = threads.getCurrentThreadCpuTime();
              List<MatterFact> facts = new ArrayList<>();
              search.forEachRegistered(from, until, m -> facts.add(fact(m)));
              scanned[0] = facts.size();
              var draft = builder.draft(month, facts, List.of(), until);
              if (recordCpu) {
                reportCpu.add((threads.getCurrentThreadCpuTime() - cpu0) / 1e6);
              }
              return draft;
            },
            () -> builder.draft(month, jdbcFacts(c, from, until), List.of(), until));
      }
      report.print();
      System.out.printf(
          Locale.ROOT,
          "(b) monthly report, CPU time of the port's thread: p50 %.0f ms (wall time above)%n",
          percentile(reportCpu, 0.5));

      // (b') the report as RiskReportService drafts it now: the month and the month before
      // counted by the database (CaseFactSource.countsBetween), beside the same SQL as plain JDBC
      Timings counted = new Timings("(b) monthly report from the database's counts (June, May)");
      JpaCaseFactStore caseFacts = new JpaCaseFactStore(store);
      for (int round = -2; round < Math.max(rounds, reportRounds); round++) {
        pair(
            counted,
            round >= 0,
            round % 2 == 0,
            () -> builder.draft(month, caseFacts, List.of(), until),
            () -> jdbcCounts(c, from, month.start(), until));
      }
      counted.print();
      System.out.printf(
          "period scan: %,d matters registered in May and June 2026; %d report rounds, %d rounds"
              + " of the others%n",
          scanned[0], reportRounds, rounds);
    }
  }

  /** The list key of the overdue line at {@code offset}. */
  private static DueKey keyAt(Connection c, Date today, int offset) {
    try (PreparedStatement s =
        c.prepareStatement(
            "select next_deadline, subject from supervision_file where next_deadline < ?"
                + " order by next_deadline, subject limit 1 offset ?")) {
      s.setObject(1, today.sql());
      s.setInt(2, offset);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        DueKey key = new DueKey(r.getDate(1).toLocalDate(), r.getString(2));
        c.commit();
        return key;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The database's own account of one deep page (offset 100,000) read both ways: execution time and
   * buffers touched, which unlike wall time do not depend on how loaded the machine is.
   */
  private static void deepPagePlans(Connection c, Date today) throws SQLException {
    int offset = 100_000;
    DueKey key = keyAt(c, today, offset - 1);
    String offsetSql = JpaSupervisionFileRepository.DUE_BEFORE.replaceAll("\\?\\d", "?");
    String seekSql = JpaSupervisionFileRepository.DUE_BEFORE_AFTER.replaceAll("\\?\\d", "?");
    for (int pass = 0; pass < 2; pass++) {
      analyze(c, "offset", offsetSql, pass, today.sql(), 50, offset);
      analyze(
          c,
          "seek",
          seekSql,
          pass,
          today.sql(),
          java.sql.Date.valueOf(key.nextDeadline()),
          key.subject(),
          50);
    }
  }

  private static void analyze(Connection c, String how, String sql, int pass, Object... parameters)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("explain (analyze, buffers) " + sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      StringBuilder lines = new StringBuilder();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String line = r.getString(1).strip();
          if (line.startsWith("Execution Time") || line.startsWith("Buffers")) {
            lines.append(line).append("; ");
          }
        }
      }
      c.commit();
      System.out.printf(
          Locale.ROOT,
          "(a) overdue page at offset 100,000 by %-6s (EXPLAIN ANALYZE, pass %d): %s%n",
          how,
          pass + 1,
          lines.length() > 200 ? lines.substring(0, 200) : lines);
    }
  }

  /** A {@code java.sql.Date} of a day, bound as the repositories bind it. */
  private record Date(LocalDate day) {
    java.sql.Date sql() {
      return java.sql.Date.valueOf(day);
    }
  }

  /** Runs a JPA-style statement ({@code ?1}, {@code ?2}…) as plain JDBC, reading every column. */
  private static Integer jdbcRows(Connection c, String jpaSql, Object... parameters) {
    return jdbcRows(c, jdbcSql(jpaSql, parameters));
  }

  /**
   * A JPA-style statement ({@code ?1}, {@code ?2}…, each number any number of times) as JDBC's
   * {@code ?} with its parameters in their order of use.
   */
  static JpaMatterSearch.Sql jdbcSql(String jpaSql, Object... parameters) {
    Matcher m = NUMBERED.matcher(jpaSql);
    List<Object> bound = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    while (m.find()) {
      bound.add(parameters[Integer.parseInt(m.group(1)) - 1]);
      m.appendReplacement(sql, "?");
    }
    m.appendTail(sql);
    return new JpaMatterSearch.Sql(sql.toString(), bound);
  }

  private static Integer jdbcRows(Connection c, JpaMatterSearch.Sql sql) {
    try (PreparedStatement s = c.prepareStatement(sql.text())) {
      for (int i = 0; i < sql.parameters().size(); i++) {
        s.setObject(i + 1, sql.parameters().get(i));
      }
      int rows = 0;
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          for (int i = 1; i <= columns; i++) {
            r.getString(i);
          }
          rows++;
        }
      }
      c.commit();
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The counting statements of {@link JpaCaseFactStore#countsBetween}, as plain JDBC. */
  private static Integer jdbcCounts(
      Connection c, Instant mayStart, Instant juneStart, Instant end) {
    int rows = 0;
    try {
      for (Instant[] span : new Instant[][] {{mayStart, juneStart}, {juneStart, end}}) {
        Object from = Conversions.toColumn(span[0]);
        Object to = Conversions.toColumn(span[1]);
        for (String column :
            List.of("kind", "category", "cause", "place_label", "handling_method")) {
          rows += count(c, String.format(JpaCaseFactStore.REGISTERED_BY, column, column), from, to);
        }
        long midnight = span[0].getEpochSecond();
        rows += count(c, JpaCaseFactStore.REGISTERED_BY_DAY, midnight, from, to);
        rows += count(c, JpaCaseFactStore.CLOSED_BY_OUTCOME, from, to);
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  private static int count(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      int rows = 0;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows++;
        }
      }
      return rows;
    }
  }

  /** The period scan's SQL as plain JDBC, the facts built from the same columns. */
  private static List<MatterFact> jdbcFacts(Connection c, Instant from, Instant until) {
    List<MatterFact> facts = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(JpaMatterSearch.PERIOD)) {
      s.setObject(1, Conversions.toColumn(from));
      s.setObject(2, Conversions.toColumn(until));
      s.setFetchSize(2_000);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String number = r.getString(1);
          MatterState state = MatterState.valueOf(r.getString(2));
          OffsetDateTime closed = r.getObject(10, OffsetDateTime.class);
          String unit = r.getString(11);
          LocalDate due = r.getObject(12, LocalDate.class);
          facts.add(
              fact(
                  number,
                  state,
                  Category.Kind.valueOf(r.getString(3)),
                  r.getString(5),
                  Channel.valueOf(r.getString(4)),
                  DivisionCode.of(r.getString(6)),
                  r.getObject(9, OffsetDateTime.class).toInstant(),
                  Optional.ofNullable(closed).map(OffsetDateTime::toInstant),
                  Optional.ofNullable(unit).map(UnitId::of),
                  Optional.ofNullable(due)));
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return facts;
  }

  private static MatterFact fact(MatterSummary m) {
    return fact(
        m.number().toString(),
        m.state(),
        m.kind(),
        m.categoryCode(),
        m.channel(),
        m.county(),
        m.registeredAt(),
        m.closedAt(),
        m.handlingUnit(),
        m.deadline());
  }

  /**
   * The fact the report counts, from the scanned columns: what the benchmark needs, not the
   * projection of casework events analysis keeps (docs/analysis.md).
   */
  private static MatterFact fact(
      String number,
      MatterState state,
      Category.Kind kind,
      String category,
      Channel channel,
      DivisionCode county,
      Instant registeredAt,
      Optional<Instant> closedAt,
      Optional<UnitId> unit,
      Optional<LocalDate> deadline) {
    boolean accepted =
        Set.of(MatterState.ACCEPTED, MatterState.IN_HANDLING, MatterState.CLOSED).contains(state);
    return new MatterFact(
        MatterId.of(number),
        kindOf(kind, category),
        category,
        MatterFact.UNSPECIFIED,
        county,
        channelOf(channel),
        registeredAt,
        registeredAt,
        accepted ? Optional.of(registeredAt) : Optional.empty(),
        unit,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        deadline.map(d -> d.plusDays(1).atStartOfDay(ZONE).toInstant()),
        closedAt,
        closedAt.map(t -> Outcome.RESOLVED),
        "pending",
        Set.of(),
        1,
        EscalationLevel.LOCAL,
        Optional.empty());
  }

  private static MatterKind kindOf(Category.Kind kind, String category) {
    if (kind == Category.Kind.DISPUTE) {
      return MatterKind.DISPUTE;
    }
    if (category.contains("safety_hazard")) {
      return MatterKind.SAFETY_HAZARD;
    }
    return category.contains("public_demand")
        ? MatterKind.PUBLIC_DEMAND
        : MatterKind.STABILITY_EVENT;
  }

  private static IntakeChannel channelOf(Channel c) {
    return switch (c) {
      case WINDOW -> IntakeChannel.WINDOW;
      case DISPUTE_CODE -> IntakeChannel.JIEFENMA;
      case GRASSROOTS_GOVERNANCE_SYSTEM -> IntakeChannel.GRASSROOTS_SYSTEM;
      case ZHELIFANG -> IntakeChannel.ZHELIFANG;
      case HR_SOCIAL_SECURITY_PLATFORM -> IntakeChannel.HR_SOCIAL_SECURITY_PLATFORM;
      case GRID_WORKER -> IntakeChannel.GRID_WORKER;
      case POLICE_110 -> IntakeChannel.HOTLINE_110;
      case HOTLINE_12345 -> IntakeChannel.HOTLINE_12345;
      case HOTLINE_96345 -> IntakeChannel.HOTLINE_96345;
      case CITY_CENTER -> IntakeChannel.CITY_CENTER;
      case LEADER_RECEPTION -> IntakeChannel.LEADER_RECEPTION;
      case LEADER_ASSIGNMENT -> IntakeChannel.LEADER_ASSIGNMENT;
      case DEPARTMENT_TRANSFER -> IntakeChannel.DEPARTMENT_TRANSFER;
    };
  }
}
