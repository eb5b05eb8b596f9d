package org.db3311.sgc.core.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CaseFactStore} adapter must do: keep the latest fact per matter, read it back
 * whole, answer the registration window half-open across the year boundary, and count a period
 * exactly as {@link PeriodCounts#tally} counts the same facts.
 */
public abstract class CaseFactStoreContract {

  /** 2026-12-31 23:30 in Asia/Shanghai. */
  private static final Instant NEW_YEARS_EVE = Instant.parse("2026-12-31T15:30:00Z");

  private static final DivisionCode COUNTY = DivisionCode.of("331121");
  private static long seq = System.nanoTime() % 100_000;

  protected abstract CaseFactStore newStore();

  private static MatterId nextId() {
    return MatterId.of("CF-" + (++seq));
  }

  private static MatterFact registered(MatterId id, Instant at) {
    return MatterFact.registered(id, MatterKind.DISPUTE, "dispute.labour", COUNTY, at)
        .partyCount(2)
        .build();
  }

  @Test
  void a_stored_fact_reads_back_whole() {
    CaseFactStore store = newStore();
    MatterId id = nextId();
    MatterFact f =
        MatterFact.registered(id, MatterKind.DISPUTE, "dispute.labour", COUNTY, NEW_YEARS_EVE)
            .partyCount(35)
            .assigned(
                UnitId.of("county.hrss"), NEW_YEARS_EVE, NEW_YEARS_EVE.plus(Duration.ofDays(1)))
            .build();
    store.upsert(f);
    assertThat(store.find(id)).contains(f);
    assertThat(store.all().filter(x -> x.id().equals(id))).containsExactly(f);
  }

  @Test
  void an_upsert_replaces_the_matters_fact_and_keeps_one() {
    CaseFactStore store = newStore();
    MatterId id = nextId();
    store.upsert(registered(id, NEW_YEARS_EVE));
    MatterFact later =
        MatterFact.registered(id, MatterKind.DISPUTE, "dispute.labour", COUNTY, NEW_YEARS_EVE)
            .partyCount(40)
            .build();
    store.upsert(later);
    assertThat(store.find(id)).contains(later);
    assertThat(store.all().filter(x -> x.id().equals(id))).containsExactly(later);
  }

  @Test
  void an_unknown_matter_finds_nothing() {
    assertThat(newStore().find(MatterId.of("CF-never-" + (++seq)))).isEmpty();
  }

  @Test
  void the_registration_window_is_half_open_across_the_year_boundary() {
    CaseFactStore store = newStore();
    Instant newYear = Instant.parse("2026-12-31T16:00:00Z"); // 2027-01-01 00:00 in Shanghai
    MatterId before = nextId();
    MatterId atMidnight = nextId();
    MatterId after = nextId();
    MatterId atEnd = nextId();
    store.upsert(registered(before, NEW_YEARS_EVE.minusSeconds(1)));
    store.upsert(registered(atMidnight, newYear));
    store.upsert(registered(after, newYear.plus(Duration.ofHours(5))));
    store.upsert(registered(atEnd, newYear.plus(Duration.ofDays(1))));

    assertThat(store.registeredBetween(NEW_YEARS_EVE, newYear.plus(Duration.ofDays(1))))
        .extracting(MatterFact::id)
        .contains(atMidnight, after)
        .doesNotContain(before, atEnd);
    assertThat(store.registeredBetween(NEW_YEARS_EVE, newYear))
        .extracting(MatterFact::id)
        .doesNotContain(before, atMidnight, after, atEnd);
  }

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /**
   * A new year's eve of its own for each call (a year far ahead, different per test and run), so
   * counts over a store other tests also write to see only this test's facts.
   */
  private static ZonedDateTime ownNewYearsEve() {
    return ZonedDateTime.of(2200 + (int) (++seq % 5000), 12, 31, 0, 0, 0, 0, SHANGHAI);
  }

  private static List<MatterFact> varied(ZonedDateTime eve) {
    Instant midnight = eve.plusDays(1).toInstant(); // 1 January 00:00 in Shanghai
    AreaCode township = AreaCode.of("331121001");
    List<MatterFact> facts = new ArrayList<>();
    String[] categories = {"dispute.labour", "dispute.neighbour", "petition.land"};
    String[] causes = {"wages", MatterFact.UNSPECIFIED, "boundary"};
    String[] methods = {"人民调解", "部门处置", "pending"};
    Outcome[] outcomes = Outcome.values();
    for (int i = 0; i < 24; i++) {
      // every 3 hours from 22:00 on the 30th: the last hours of the year and the first of the next
      Instant at = midnight.minus(Duration.ofHours(26)).plus(Duration.ofHours(3L * i));
      MatterFact.Builder b =
          MatterFact.registered(
                  nextId(),
                  i % 4 == 0 ? MatterKind.PETITION : MatterKind.DISPUTE,
                  categories[i % 3],
                  COUNTY,
                  at)
              .cause(causes[(i / 2) % 3])
              .handlingMethod(methods[(i / 3) % 3])
              .partyCount(1 + i % 3);
      if (i % 2 == 0) {
        b.area(
            Optional.of(township),
            i % 4 == 0 ? Optional.of("城关镇") : Optional.empty(),
            Optional.empty());
      }
      if (i % 3 != 2) {
        b.closed(at.plus(Duration.ofHours(5L + i)), outcomes[i % outcomes.length]);
      }
      facts.add(b.build());
    }
    // registered long before, closed in the window; and registered in it, closed long after
    facts.add(
        MatterFact.registered(
                nextId(),
                MatterKind.DISPUTE,
                "dispute.labour",
                COUNTY,
                midnight.minus(Duration.ofDays(40)))
            .closed(midnight.plus(Duration.ofHours(1)), Outcome.WITHDRAWN)
            .build());
    facts.add(
        MatterFact.registered(nextId(), MatterKind.DISPUTE, "dispute.labour", COUNTY, midnight)
            .closed(midnight.plus(Duration.ofDays(60)), Outcome.RESOLVED)
            .build());
    return facts;
  }

  @Test
  void a_periods_counts_are_those_of_the_facts_themselves_across_the_year_boundary() {
    CaseFactStore store = newStore();
    ZonedDateTime eve = ownNewYearsEve();
    List<MatterFact> facts = varied(eve);
    facts.forEach(store::upsert);
    Instant from = eve.toInstant();
    for (Instant to :
        List.of(
            eve.plusDays(1).toInstant(),
            eve.plusDays(2).toInstant(),
            eve.plusDays(3).toInstant())) {
      PeriodCounts counted = store.countsBetween(from, to, SHANGHAI);
      assertThat(counted).isEqualTo(PeriodCounts.tally(facts, from, to, SHANGHAI));
    }
    PeriodCounts twoDays = store.countsBetween(from, eve.plusDays(2).toInstant(), SHANGHAI);
    // the registrations of 31 December and 1 January, by local day, midnight belonging to the new
    // year
    assertThat(twoDays.byDay().keySet())
        .containsExactlyInAnyOrder(eve.toLocalDate(), eve.toLocalDate().plusDays(1));
    assertThat(twoDays.closed()).isPositive();
    assertThat(twoDays.byOutcome()).containsKey(Outcome.WITHDRAWN);
  }

  @Test
  void a_period_with_no_matter_counts_nothing() {
    CaseFactStore store = newStore();
    ZonedDateTime eve = ownNewYearsEve();
    Instant from = eve.toInstant();
    Instant to = eve.plusDays(7).toInstant();
    assertThat(store.countsBetween(from, to, SHANGHAI))
        .isEqualTo(PeriodCounts.empty(from, to, SHANGHAI));
  }

  @Test
  void the_counted_period_is_half_open() {
    CaseFactStore store = newStore();
    ZonedDateTime eve = ownNewYearsEve();
    Instant from = eve.toInstant();
    Instant to = eve.plusDays(1).toInstant();
    MatterFact atStart =
        MatterFact.registered(nextId(), MatterKind.DISPUTE, "dispute.labour", COUNTY, from)
            .closed(to, Outcome.RESOLVED)
            .build();
    MatterFact atEnd =
        MatterFact.registered(nextId(), MatterKind.DISPUTE, "dispute.labour", COUNTY, to).build();
    store.upsert(atStart);
    store.upsert(atEnd);
    PeriodCounts c = store.countsBetween(from, to, SHANGHAI);
    assertThat(c.registered()).isEqualTo(1);
    assertThat(c.byDay()).isEqualTo(Map.of(eve.toLocalDate(), 1L));
    assertThat(c.closed()).isZero();
    assertThat(store.countsBetween(to, eve.plusDays(2).toInstant(), SHANGHAI).byOutcome())
        .isEqualTo(Map.of(Outcome.RESOLVED, 1L));
  }
}
