package org.db3311.sgc.server.console;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.db3311.sgc.adapter.jpa.JpaMatterSearch;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.emergency.Incident;
import org.db3311.sgc.core.emergency.IncidentSnapshot;
import org.db3311.sgc.core.evaluation.MetricKind;
import org.db3311.sgc.core.evaluation.Rate;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.DivisionRegistry;
import org.db3311.sgc.core.intake.MatterSummary;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.PageRequest;
import org.db3311.sgc.core.warning.WarningLevel;
import org.db3311.sgc.core.warning.WarningSnapshot;
import org.db3311.sgc.server.console.LeaderViews.CountRow;
import org.db3311.sgc.server.console.LeaderViews.Failure;
import org.db3311.sgc.server.console.LeaderViews.TownshipCell;
import org.db3311.sgc.server.console.LeaderViews.Week;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.Wiring;

/**
 * The command big screen (指挥大屏) of a county, computed from the same core queries the API answers
 * with: the matters registered (the period scan reports read), supervision's overdue files (8.2.4),
 * the open warnings (6.5.2), the incidents (6.6) and the real-time evaluation rates (8.2.5; 9.2.2
 * names the response, handling and satisfaction rates, the on-time handling rate is ruling R8's).
 * Each part is read on its own: a part that fails is named in the failures and the others are shown
 * all the same.
 */
final class CommandScreen {
  private CommandScreen() {}

  /** How many weeks the trend covers, the current one included. */
  static final int WEEKS = 12;

  /** How many overdue files the screen lists (the count covers them all). */
  static final int TOP = 10;

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(CommandScreen.class.getName());

  static LeaderViews.Screen of(Centers.County c, DivisionRegistry divisions) {
    ConsoleTexts t = ConsoleTexts.current();
    List<Failure> failures = new ArrayList<>();
    Instant now = c.center().clock().instant();
    LocalDate today = c.today();
    LeaderViews.Trend trend =
        attempt(t.lookup("screen.part.trend"), failures, () -> trend(c, today, divisions));
    LeaderViews.Warnings warnings =
        attempt(t.lookup("screen.part.warnings"), failures, () -> warnings(c, failures));
    LeaderViews.Incidents incidents =
        attempt(t.lookup("screen.part.incidents"), failures, () -> incidents(c, failures));
    LeaderViews.Overdue overdue =
        attempt(t.lookup("screen.part.overdue"), failures, () -> overdue(c));
    List<LeaderViews.RateRow> rates =
        attempt(t.lookup("screen.part.rates"), failures, () -> rates(c));
    return new LeaderViews.Screen(
        c.code().value(),
        ConsolePages.when(now),
        trend,
        warnings,
        incidents,
        overdue,
        rates,
        List.copyOf(failures));
  }

  /** The part, or null with the failure recorded: one part never stops the others. */
  static <T> T attempt(String source, List<Failure> failures, Supplier<T> part) {
    try {
      return part.get();
    } catch (RuntimeException e) {
      failures.add(failure(source, "", ItemFailure.of(source, e).reason()));
      return null;
    }
  }

  /**
   * A part or item that could not be read, as the reader is told it: which one, and that the
   * details are in the server's log. The exception's own words (a table, a parser's message) stay
   * in the log: they mean nothing to a leader and tell a stranger about the server's insides.
   */
  static Failure failure(String source, String item, String detail) {
    LOG.warning(
        "could not be read: " + source + (item.isEmpty() ? "" : " (" + item + ")") + ": " + detail);
    return new Failure(source, item, ConsoleTexts.current().text("screen.unreadable"));
  }

  // ---------------------------------------------------------------- intake and closures

  static LeaderViews.Trend trend(Centers.County c, LocalDate today, DivisionRegistry divisions) {
    Tally tally =
        new Tally(today, Wiring.ZONE, CategoryTaxonomy.defaults(), divisions.townships(c.code()));
    JpaMatterSearch search = new JpaMatterSearch(c.store());
    c.store()
        .unitOfWork()
        .inTransaction(
            () -> {
              search.forEachRegistered(tally.from(), tally.until(), tally::add);
              return null;
            });
    return tally.result();
  }

  /**
   * Counts matters into weeks (Monday first, by Beijing dates, so a week may straddle New Year),
   * categories and townships. A matter counts as closed when it was closed (办结) by now.
   */
  static final class Tally {
    private final ZoneId zone;
    private final LocalDate firstMonday;
    private final int[] registered = new int[WEEKS];
    private final int[] closed = new int[WEEKS];
    private final Map<String, int[]> byCategory = new HashMap<>();
    // built in the request's thread, so it names things in the reader's language
    private final ConsoleTexts texts = ConsoleTexts.current();
    private final Map<String, int[]> byTownship = new LinkedHashMap<>();
    private final Map<String, String> townshipNames = new LinkedHashMap<>();
    private final CategoryTaxonomy taxonomy;

    /** The township code of matters registered without one. */
    static final String NO_TOWNSHIP = "";

    Tally(
        LocalDate today, ZoneId zone, CategoryTaxonomy taxonomy, Map<AreaCode, String> townships) {
      this.zone = zone;
      this.taxonomy = taxonomy;
      this.firstMonday =
          today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
      // every township of the county has its box, those without a matter too
      townships.forEach(
          (code, name) -> {
            townshipNames.put(code.value(), name);
            byTownship.put(code.value(), new int[3]);
          });
    }

    Instant from() {
      return firstMonday.atStartOfDay(zone).toInstant();
    }

    Instant until() {
      return firstMonday.plusWeeks(WEEKS).atStartOfDay(zone).toInstant();
    }

    void add(MatterSummary m) {
      LocalDate day = LocalDate.ofInstant(m.registeredAt(), zone);
      long week = ChronoUnit.WEEKS.between(firstMonday, day);
      if (day.isBefore(firstMonday) || week >= WEEKS) {
        return;
      }
      boolean done = m.closedAt().isPresent();
      registered[(int) week]++;
      int[] cat = byCategory.computeIfAbsent(m.categoryCode(), k -> new int[2]);
      cat[0]++;
      String township = m.townshipCode().map(t -> t.township().value()).orElse(NO_TOWNSHIP);
      townshipNames.putIfAbsent(
          township,
          township.isEmpty()
              ? texts.lookup("screen.noTownship")
              : m.township().orElse(texts.text("screen.township", township)));
      int[] place = byTownship.computeIfAbsent(township, k -> new int[3]);
      place[0]++;
      if (done) {
        closed[(int) week]++;
        cat[1]++;
        place[1]++;
      } else {
        place[2]++;
      }
    }

    LeaderViews.Trend result() {
      List<Week> weeks = new ArrayList<>();
      int total = 0;
      int done = 0;
      for (int i = 0; i < WEEKS; i++) {
        weeks.add(new Week(firstMonday.plusWeeks(i).toString(), registered[i], closed[i]));
        total += registered[i];
        done += closed[i];
      }
      List<CountRow> categories =
          byCategory.entrySet().stream()
              .map(
                  e ->
                      new CountRow(
                          e.getKey(),
                          taxonomy
                              .find(e.getKey())
                              .map(x -> texts.english() ? x.nameEn() : x.nameZh())
                              .orElse(e.getKey()),
                          e.getValue()[0],
                          e.getValue()[1]))
              .sorted(
                  Comparator.comparingInt(CountRow::registered)
                      .reversed()
                      .thenComparing(CountRow::code))
              .toList();
      int busiest = byTownship.values().stream().mapToInt(v -> v[2]).max().orElse(0);
      List<TownshipCell> townships = new ArrayList<>();
      byTownship.forEach(
          (code, n) ->
              townships.add(
                  new TownshipCell(
                      code, townshipNames.get(code), n[0], n[1], n[2], heat(n[2], busiest))));
      return new LeaderViews.Trend(
          firstMonday.toString(),
          firstMonday.plusWeeks(WEEKS).minusDays(1).toString(),
          weeks,
          categories,
          townships,
          total,
          done);
    }
  }

  /** 0 for none, else 1–4 in proportion to the busiest township's open matters. */
  static int heat(int open, int busiest) {
    if (open <= 0 || busiest <= 0) {
      return 0;
    }
    return Math.max(1, (int) Math.ceil(4.0 * open / busiest));
  }

  // ---------------------------------------------------------------- warnings, incidents, overdue

  static String levelLabel(WarningLevel l) {
    return ConsoleTexts.current().name("warning.level", l);
  }

  static LeaderViews.Warnings warnings(Centers.County c, List<Failure> failures) {
    ConsoleTexts t = ConsoleTexts.current();
    SweepResult<WarningSnapshot> open = c.center().warnings().openWarnings();
    open.failed()
        .forEach(
            f -> failures.add(failure(t.lookup("screen.part.warnings"), f.item(), f.reason())));
    Map<WarningLevel, Integer> by = new EnumMap<>(WarningLevel.class);
    open.items().forEach(w -> by.merge(w.level(), 1, Integer::sum));
    List<LeaderViews.LevelRow> levels = new ArrayList<>();
    for (WarningLevel l :
        List.of(WarningLevel.RED, WarningLevel.ORANGE, WarningLevel.YELLOW, WarningLevel.BLUE)) {
      levels.add(
          new LeaderViews.LevelRow(l.name(), levelLabel(l), l.grade(), by.getOrDefault(l, 0)));
    }
    return new LeaderViews.Warnings(levels, open.items().size());
  }

  static String stateLabel(Incident.State s) {
    return ConsoleTexts.current().name("incident.state", s);
  }

  static LeaderViews.Incidents incidents(Centers.County c, List<Failure> failures) {
    ConsoleTexts t = ConsoleTexts.current();
    SweepResult<IncidentSnapshot> all = c.center().emergency().incidents();
    all.failed()
        .forEach(
            f -> failures.add(failure(t.lookup("screen.part.incidents"), f.item(), f.reason())));
    Map<Incident.State, Integer> by = new EnumMap<>(Incident.State.class);
    all.items().forEach(i -> by.merge(i.state(), 1, Integer::sum));
    List<CountRow> byState = new ArrayList<>();
    for (Incident.State s : Incident.State.values()) {
      byState.add(new CountRow(s.name(), stateLabel(s), by.getOrDefault(s, 0), 0));
    }
    List<LeaderViews.IncidentRow> open =
        all.items().stream()
            .filter(i -> i.state() != Incident.State.CLOSED && i.state() != Incident.State.REVIEWED)
            .sorted(
                Comparator.comparing(
                        (IncidentSnapshot i) ->
                            i.gradings().isEmpty()
                                ? Integer.MAX_VALUE
                                : i.gradings().getLast().grade().ordinal())
                    .thenComparing(i -> i.discovery().at()))
            .map(
                i ->
                    new LeaderViews.IncidentRow(
                        i.id().value(),
                        i.gradings().isEmpty()
                            ? t.lookup("screen.ungraded")
                            : t.text("screen.grade", i.gradings().getLast().grade().name()),
                        stateLabel(i.state()),
                        i.discovery().summary(),
                        ConsolePages.when(i.discovery().at())))
            .toList();
    return new LeaderViews.Incidents(open, byState);
  }

  static LeaderViews.Overdue overdue(Centers.County c) {
    var supervision = c.center().supervision();
    List<ConsoleViews.DueRow> top =
        supervision.overdue(new PageRequest(0, TOP)).stream()
            .map(
                d ->
                    new ConsoleViews.DueRow(
                        d.subject(),
                        d.title(),
                        d.unit().value(),
                        d.state().name(),
                        d.nextDeadline().toString()))
            .toList();
    return new LeaderViews.Overdue(supervision.overdueCount(), top);
  }

  static String rateLabel(MetricKind k) {
    return ConsoleTexts.current().name("rate", k);
  }

  static List<LeaderViews.RateRow> rates(Centers.County c) {
    Map<MetricKind, Rate> overall = c.center().evaluation().realTime().overall();
    List<LeaderViews.RateRow> rows = new ArrayList<>();
    for (MetricKind k : MetricKind.values()) {
      Rate r = overall.getOrDefault(k, Rate.EMPTY);
      rows.add(
          new LeaderViews.RateRow(
              k.name(),
              rateLabel(k),
              r.numerator(),
              r.denominator(),
              r.percent(1).map(p -> p.toPlainString()).orElse("")));
    }
    return rows;
  }
}
