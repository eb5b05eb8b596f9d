package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.MatterQuery.Direction;
import org.db3311.sgc.core.intake.MatterQuery.Sort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MatterSearch} adapter must answer: each filter, the place scope (a county sees
 * its townships, never a neighbour county), registration periods across the year end, a total order
 * in every sort, and pages that neither repeat nor skip a matter. Extended by the in-memory adapter
 * here and by the persistence adapters.
 */
public abstract class MatterSearchContract {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.defaults();
  private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");
  private static final UnitId HRSS = UnitId.of("county-hrss");
  private static final UnitId HECHENG = UnitId.of("hecheng-street");

  /** Empties the store before each test. */
  protected abstract void reset();

  protected abstract MatterRepository matters();

  protected abstract MatterSearch search();

  /**
   * Puts the matter under supervision led by {@code unit}, with that next deadline (stores a
   * supervision file whose subject is the matter's number).
   */
  protected abstract void supervise(
      RegistrationNumber matter, UnitId unit, Optional<LocalDate> deadline);

  private int sequence;

  @BeforeEach
  void emptyStore() {
    reset();
    sequence = 0;
  }

  private Matter store(String county, Place place, String category, Channel channel, Instant at) {
    LocalDate day = at.atZone(ZONE).toLocalDate();
    return store(
        new RegistrationNumber(DivisionCode.of(county), day, ++sequence),
        place,
        category,
        channel,
        at);
  }

  private Matter store(
      RegistrationNumber number, Place place, String category, Channel channel, Instant at) {
    Registration r =
        channel == Channel.WINDOW
            ? IntakeFixtures.windowRegistration(
                    IntakeFixtures.ZHANG, category, IntakeFixtures.ALL_MATERIALS)
                .at(place)
            : new Registration(
                channel,
                Optional.of(new SourceReference(channel, "ref-" + number)),
                Optional.empty(),
                List.of(MatterParty.applicant(IntakeFixtures.LI)),
                category,
                place,
                "路灯损坏",
                List.of());
    Matter m =
        Matter.register(number, r, TAXONOMY.get(category), List.of(), IntakeFixtures.CLERK, at);
    matters().save(m);
    return m;
  }

  private Matter atWindow(String county, Instant at) {
    return store(county, Place.of(county, "某镇", "某村"), "dispute.labour", Channel.WINDOW, at);
  }

  private static List<RegistrationNumber> numbers(MatterPage page) {
    return page.items().stream().map(MatterSummary::number).toList();
  }

  private List<RegistrationNumber> all(MatterQuery q) {
    List<RegistrationNumber> out = new ArrayList<>();
    Optional<MatterQuery> next = Optional.of(q.page(0, MatterQuery.MAX_LIMIT));
    while (next.isPresent()) {
      MatterPage page = search().search(next.get());
      out.addAll(numbers(page));
      next = page.next();
    }
    // every filter the list applies, the count applies alike
    assertThat(search().count(q)).as("count of %s", q).isEqualTo(out.size());
    return out;
  }

  private static List<RegistrationNumber> sorted(Matter... ms) {
    return java.util.Arrays.stream(ms).map(Matter::number).sorted().toList();
  }

  private static Instant shanghai(int y, int mo, int d, int h, int mi, int s, int nanos) {
    return ZonedDateTime.of(y, mo, d, h, mi, s, nanos, ZONE).toInstant();
  }

  @Test
  void a_summary_carries_the_columns_of_the_matter_and_its_supervision() {
    Matter m =
        store(
            "331121",
            Place.coded("331121001", null, "鹤城街道", "某路1号"),
            "dispute.labour",
            Channel.WINDOW,
            T0);
    supervise(m.number(), HRSS, Optional.of(LocalDate.of(2026, 12, 9)));
    MatterSummary s = search().search(MatterQuery.all()).items().getFirst();
    assertThat(s)
        .isEqualTo(
            MatterSummary.of(
                m.snapshot(),
                Optional.of(
                    new MatterSummary.Supervision(HRSS, Optional.of(LocalDate.of(2026, 12, 9))))));
    assertThat(s.townshipCode().orElseThrow().value()).isEqualTo("331121001");
    assertThat(s.township()).contains("鹤城街道");
  }

  @Test
  void each_filter_keeps_exactly_the_matters_it_names() {
    Matter labour = atWindow("331121", T0);
    Matter transfer =
        store(
            "331121",
            Place.of("331121", "温溪镇", "某村"),
            "event.public_demand",
            Channel.HOTLINE_12345,
            T0.plusSeconds(60));
    Matter withdrawn = atWindow("331121", T0.plusSeconds(120));
    withdrawn.withdraw("resolved privately", IntakeFixtures.CLERK, T0.plusSeconds(180));
    matters().save(withdrawn);
    supervise(labour.number(), HRSS, Optional.empty());
    supervise(transfer.number(), HECHENG, Optional.of(LocalDate.of(2026, 12, 1)));
    MatterQuery q = MatterQuery.all().sortedBy(Sort.NUMBER, Direction.ASCENDING);

    assertThat(all(q)).isEqualTo(sorted(labour, transfer, withdrawn));
    assertThat(all(q.inStates(MatterState.WITHDRAWN))).containsExactly(withdrawn.number());
    assertThat(all(q.inStates(MatterState.WITHDRAWN, MatterState.PENDING_DECISION)))
        .isEqualTo(sorted(labour, transfer, withdrawn));
    assertThat(all(q.inStates(MatterState.CLOSED))).isEmpty();
    assertThat(all(q.inCategory("event.public_demand"))).containsExactly(transfer.number());
    assertThat(all(q.via(Channel.HOTLINE_12345, Channel.POLICE_110)))
        .containsExactly(transfer.number());
    assertThat(all(q.via(Channel.WINDOW))).isEqualTo(sorted(labour, withdrawn));
    assertThat(all(q.handledBy(HRSS))).containsExactly(labour.number());
    assertThat(all(q.handledBy(UnitId.of("nobody")))).isEmpty();
    assertThat(all(q.handledBy(HECHENG).inCategory("dispute.labour"))).isEmpty();
  }

  @Test
  @DisplayName("a county sees its own townships' matters, never a neighbour county's")
  void a_place_scope_covers_its_division_and_nothing_beside_it() {
    Matter liandu = atWindow("331102", T0);
    Matter qingtian = atWindow("331121", T0.plusSeconds(1));
    Matter hecheng =
        store(
            "331121",
            Place.coded("331121001", null, "鹤城街道", "某路1号"),
            "dispute.labour",
            Channel.WINDOW,
            T0.plusSeconds(2));
    Matter wenxi =
        store(
            "331121",
            Place.coded("331121002", "331121002003", "温溪镇", "某村"),
            "dispute.labour",
            Channel.WINDOW,
            T0.plusSeconds(3));
    Matter hangzhou = atWindow("330102", T0.plusSeconds(4));
    MatterQuery q = MatterQuery.all().sortedBy(Sort.NUMBER, Direction.ASCENDING);

    assertThat(all(q.within(PlaceScope.of("331102")))).containsExactly(liandu.number());
    assertThat(all(q.within(PlaceScope.of("331121")))).isEqualTo(sorted(qingtian, hecheng, wenxi));
    assertThat(all(q.within(PlaceScope.of("331121001")))).containsExactly(hecheng.number());
    assertThat(all(q.within(PlaceScope.of("331121002")))).containsExactly(wenxi.number());
    assertThat(all(q.within(PlaceScope.of("331100"))))
        .isEqualTo(sorted(liandu, qingtian, hecheng, wenxi));
    assertThat(all(q.within(PlaceScope.of("330000"))))
        .isEqualTo(sorted(liandu, qingtian, hecheng, wenxi, hangzhou));
    assertThat(all(q.within(PlaceScope.of("331122")))).isEmpty();
    assertThat(all(q.within(PlaceScope.of("331101")))).isEmpty();
  }

  @Test
  @DisplayName(
      "a registration period includes its first instant and excludes its end, across the year end")
  void registration_periods_are_half_open_across_the_year_end() {
    Matter lastOfYear = atWindow("331121", shanghai(2026, 12, 31, 23, 59, 59, 999_000_000));
    Matter newYear = atWindow("331121", shanghai(2027, 1, 1, 0, 0, 0, 0));
    Matter newYearMorning = atWindow("331121", shanghai(2027, 1, 1, 8, 0, 0, 0));
    Matter february = atWindow("331121", shanghai(2027, 2, 1, 0, 0, 0, 0));
    MatterQuery q = MatterQuery.all().sortedBy(Sort.REGISTERED_AT, Direction.ASCENDING);
    Instant jan = shanghai(2027, 1, 1, 0, 0, 0, 0);
    Instant feb = shanghai(2027, 2, 1, 0, 0, 0, 0);

    assertThat(all(q.registeredBetween(jan, feb)))
        .containsExactly(newYear.number(), newYearMorning.number());
    assertThat(all(q.registeredBetween(shanghai(2026, 12, 1, 0, 0, 0, 0), jan)))
        .containsExactly(lastOfYear.number());
    assertThat(all(q.registeredBetween(shanghai(2026, 12, 31, 0, 0, 0, 0), feb.plusNanos(1000))))
        .containsExactly(
            lastOfYear.number(), newYear.number(), newYearMorning.number(), february.number());

    List<RegistrationNumber> scanned = new ArrayList<>();
    search().forEachRegistered(jan, feb, m -> scanned.add(m.number()));
    assertThat(scanned).containsExactly(newYear.number(), newYearMorning.number());
    assertThatThrownBy(() -> search().forEachRegistered(feb, jan, m -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equal_registration_times_are_ordered_by_number_in_the_sort_direction() {
    List<RegistrationNumber> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      expected.add(atWindow(i % 2 == 0 ? "331121" : "331102", T0).number());
    }
    expected.add(0, atWindow("331121", T0.minusSeconds(1)).number());
    expected.sort(Comparator.naturalOrder());
    RegistrationNumber earliest =
        expected.stream().filter(n -> n.sequence() == 8).findFirst().orElseThrow();
    List<RegistrationNumber> ascending = new ArrayList<>(expected);
    ascending.remove(earliest);
    ascending.addFirst(earliest);

    MatterQuery q = MatterQuery.all();
    assertThat(all(q.sortedBy(Sort.REGISTERED_AT, Direction.ASCENDING))).isEqualTo(ascending);
    assertThat(all(q.sortedBy(Sort.REGISTERED_AT, Direction.DESCENDING)))
        .isEqualTo(ascending.reversed());
    assertThat(all(q)).as("newest first by default").isEqualTo(ascending.reversed());
  }

  @Test
  @DisplayName("number order is county, date, then sequence, even past sequence 9999")
  void number_order_follows_the_sequence_numerically() {
    LocalDate day = LocalDate.of(2026, 11, 25);
    Place place = Place.of("331121", "某镇", "某村");
    Matter big =
        store(
            new RegistrationNumber(DivisionCode.of("331121"), day, 10_000),
            place,
            "dispute.labour",
            Channel.WINDOW,
            T0);
    Matter small =
        store(
            new RegistrationNumber(DivisionCode.of("331121"), day, 9_999),
            place,
            "dispute.labour",
            Channel.WINDOW,
            T0.plusSeconds(5));
    Matter nextDay =
        store(
            new RegistrationNumber(DivisionCode.of("331121"), day.plusDays(1), 1),
            place,
            "dispute.labour",
            Channel.WINDOW,
            T0);
    MatterQuery q = MatterQuery.all().sortedBy(Sort.NUMBER, Direction.ASCENDING);
    assertThat(all(q)).containsExactly(small.number(), big.number(), nextDay.number());
    assertThat(all(q.sortedBy(Sort.NUMBER, Direction.DESCENDING)))
        .containsExactly(nextDay.number(), big.number(), small.number());
    assertThat(all(q.sortedBy(Sort.REGISTERED_AT, Direction.ASCENDING)))
        .containsExactly(big.number(), nextDay.number(), small.number());
  }

  @Test
  void matters_without_a_deadline_come_last_in_either_direction() {
    Matter early = atWindow("331121", T0);
    Matter late = atWindow("331121", T0.plusSeconds(1));
    Matter sameAsLate = atWindow("331121", T0.plusSeconds(2));
    Matter none = atWindow("331121", T0.plusSeconds(3));
    Matter unsupervised = atWindow("331121", T0.plusSeconds(4));
    supervise(early.number(), HRSS, Optional.of(LocalDate.of(2026, 12, 31)));
    supervise(late.number(), HRSS, Optional.of(LocalDate.of(2027, 1, 4)));
    supervise(sameAsLate.number(), HECHENG, Optional.of(LocalDate.of(2027, 1, 4)));
    supervise(none.number(), HECHENG, Optional.empty());
    MatterQuery q = MatterQuery.all();

    assertThat(all(q.sortedBy(Sort.DEADLINE, Direction.ASCENDING)))
        .containsExactly(
            early.number(),
            late.number(),
            sameAsLate.number(),
            none.number(),
            unsupervised.number());
    assertThat(all(q.sortedBy(Sort.DEADLINE, Direction.DESCENDING)))
        .containsExactly(
            sameAsLate.number(),
            late.number(),
            early.number(),
            unsupervised.number(),
            none.number());
  }

  @Test
  void pages_follow_one_another_without_gaps_or_repeats() {
    List<RegistrationNumber> stored = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      // three matters share each instant: the number decides among them
      stored.add(atWindow(i % 3 == 0 ? "331102" : "331121", T0.plusSeconds(i / 3)).number());
    }
    for (Sort sort : Sort.values()) {
      for (Direction direction : Direction.values()) {
        MatterQuery q = MatterQuery.all().sortedBy(sort, direction).page(0, 5);
        List<RegistrationNumber> whole = numbers(search().search(q.page(0, MatterQuery.MAX_LIMIT)));
        List<RegistrationNumber> paged = new ArrayList<>();
        MatterPage page = search().search(q);
        int pages = 1;
        while (page.hasNext()) {
          assertThat(page.items()).hasSize(5);
          paged.addAll(numbers(page));
          page = search().search(page.next().orElseThrow());
          pages++;
        }
        paged.addAll(numbers(page));
        assertThat(pages).isEqualTo(5);
        assertThat(page.items()).hasSize(3);
        assertThat(page.next()).isEmpty();
        assertThat(paged).as("%s %s", sort, direction).isEqualTo(whole).doesNotHaveDuplicates();
        assertThat(paged).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(search().count(q)).as("the count ignores the page").isEqualTo(23);
      }
    }
    assertThat(search().search(MatterQuery.all().page(100, 10)).items()).isEmpty();
    assertThat(search().search(MatterQuery.all().page(100, 10)).hasNext()).isFalse();
  }

  @Test
  void seek_pages_read_the_order_of_the_offset_pages_for_every_sort() {
    List<RegistrationNumber> stored = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      Matter m = atWindow(i % 3 == 0 ? "331102" : "331121", T0.plusSeconds(i / 3));
      stored.add(m.number());
      // deadlines shared by several matters, across the year end; some with none, some unsupervised
      if (i % 4 != 3) {
        supervise(
            m.number(),
            HRSS,
            i % 5 == 0
                ? Optional.empty()
                : Optional.of(LocalDate.of(2026, 12, 30).plusDays(i % 4)));
      }
    }
    for (Sort sort : Sort.values()) {
      for (Direction direction : Direction.values()) {
        MatterQuery q = MatterQuery.all().sortedBy(sort, direction).page(0, 4);
        List<RegistrationNumber> whole = numbers(search().search(q.page(0, MatterQuery.MAX_LIMIT)));
        MatterPage page = search().search(q);
        List<RegistrationNumber> sought = new ArrayList<>(numbers(page));
        while (page.hasNext()) {
          MatterQuery seek = q.after(MatterQuery.After.of(page.items().getLast()), 4);
          page = search().search(seek);
          sought.addAll(numbers(page));
          assertThat(page.next())
              .as("a seek page's next is the seek page after its last matter")
              .isEqualTo(
                  page.hasNext()
                      ? Optional.of(q.after(MatterQuery.After.of(page.items().getLast()), 4))
                      : Optional.empty());
        }
        assertThat(sought)
            .as("%s %s by seek", sort, direction)
            .isEqualTo(whole)
            .containsExactlyInAnyOrderElementsOf(stored);
      }
    }
    MatterSummary first = search().search(MatterQuery.all()).items().getFirst();
    assertThat(MatterQuery.all().page(5, 5).after(MatterQuery.After.of(first), 5).offset())
        .as("a seek page starts after its matter, not at an offset")
        .isZero();
    assertThatThrownBy(
            () ->
                new MatterQuery(
                    Optional.empty(),
                    java.util.Set.of(),
                    Optional.empty(),
                    Optional.empty(),
                    java.util.Set.of(),
                    Optional.empty(),
                    Optional.empty(),
                    Sort.NUMBER,
                    Direction.ASCENDING,
                    5,
                    5,
                    Optional.of(MatterQuery.After.of(first))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
