package org.db3311.sgc.core.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CaseFactStore} adapter must do: keep the latest fact per matter, read it back
 * whole, and answer the registration window half-open across the year boundary.
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
}
