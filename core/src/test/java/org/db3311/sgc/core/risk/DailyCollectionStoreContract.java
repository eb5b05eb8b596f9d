package org.db3311.sgc.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DailyCollectionStore} adapter must do: keep one collection per day exactly as
 * collected, and list a span of days in day order, half-open, across the year boundary.
 */
public abstract class DailyCollectionStoreContract {

  private static final DivisionCode COUNTY = DivisionCode.of("331121");

  /**
   * Each test works on its own run of days, far from the others, so one store may serve every test
   * (a database adapter shares its tables).
   */
  private static int yearOffset = (int) (System.nanoTime() % 400);

  protected abstract DailyCollectionStore newStore();

  private static int nextYear() {
    return 2100 + (yearOffset += 2) % 800;
  }

  private static CollectedItem item(String id, LocalDate day, Optional<Outcome> result) {
    Instant at = day.atTime(10, 0).toInstant(java.time.ZoneOffset.ofHours(8));
    return new CollectedItem(
        MatterId.of(id),
        MatterKind.DISPUTE,
        "dispute.labour",
        "拖欠工资",
        COUNTY,
        Optional.of(AreaCode.of("331121001")),
        Optional.empty(),
        "鹤城街道",
        at,
        at.plusSeconds(600),
        "调解",
        result);
  }

  private static DailyCollection collection(LocalDate day) {
    return new DailyCollection(
        day,
        day.plusDays(1).atTime(0, 5).toInstant(java.time.ZoneOffset.ofHours(8)),
        List.of(item("D-" + day + "-1", day, Optional.empty())),
        List.of(item("D-" + day + "-0", day.minusDays(3), Optional.of(Outcome.RESOLVED))));
  }

  @Test
  void a_collection_reads_back_as_collected() {
    DailyCollectionStore store = newStore();
    LocalDate day = LocalDate.of(nextYear(), 12, 31);
    DailyCollection c = collection(day);
    store.add(c);
    assertThat(store.find(day)).contains(c);
    assertThat(store.find(day.plusDays(1))).isEmpty();
  }

  @Test
  void a_day_is_collected_once() {
    DailyCollectionStore store = newStore();
    LocalDate day = LocalDate.of(nextYear(), 12, 31);
    DailyCollection c = collection(day);
    store.add(c);
    DailyCollection again =
        new DailyCollection(day, c.collectedAt().plusSeconds(60), List.of(), List.of());
    assertThatThrownBy(() -> store.add(again)).isInstanceOf(IllegalStateException.class);
    assertThat(store.find(day)).contains(c);
  }

  @Test
  void a_span_lists_its_days_in_order_half_open_across_the_year_boundary() {
    DailyCollectionStore store = newStore();
    int year = nextYear();
    LocalDate dec30 = LocalDate.of(year, 12, 30);
    LocalDate dec31 = LocalDate.of(year, 12, 31);
    LocalDate jan1 = LocalDate.of(year + 1, 1, 1);
    LocalDate jan2 = LocalDate.of(year + 1, 1, 2);
    // collected out of order: a missed day is collected late
    store.add(collection(jan1));
    store.add(collection(dec30));
    store.add(collection(jan2));
    store.add(collection(dec31));

    assertThat(store.between(dec31, jan2))
        .extracting(DailyCollection::day)
        .containsExactly(dec31, jan1);
    assertThat(store.between(dec30, jan2.plusDays(1)))
        .extracting(DailyCollection::day)
        .containsExactly(dec30, dec31, jan1, jan2);
    assertThat(store.between(jan2.plusDays(1), jan2.plusDays(30))).isEmpty();
  }
}
