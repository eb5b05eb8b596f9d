package org.db3311.sgc.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PublishedFigureStore} adapter must do: keep a figure exactly as published,
 * once, in the order of publication.
 */
public abstract class PublishedFigureStoreContract {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Actor PUBLISHER = Actor.of("ev-1", "考评员");
  private static final String DIGEST = "0123456789abcdef".repeat(4);
  private static long seq = System.nanoTime() % 100_000;

  protected abstract PublishedFigureStore newStore();

  private static PublishedFigure figure(YearMonth month, Instant at) {
    Period p = Period.month(month, ZONE);
    return new PublishedFigure(
        MetricKind.values()[0] + "/county.hrss/" + p.label() + "/v1/" + (++seq),
        new Figure(
            MetricKind.values()[0],
            1,
            Optional.of(UnitId.of("county.hrss")),
            p,
            p.end(),
            new Rate(17, 20)),
        "办结率 = 已办结 / 应办结",
        DIGEST,
        at,
        PUBLISHER);
  }

  @Test
  void a_published_figure_reads_back_as_published() {
    PublishedFigureStore store = newStore();
    PublishedFigure f = figure(YearMonth.of(2026, 12), Instant.parse("2027-01-02T01:00:00Z"));
    store.add(f);
    assertThat(store.find(f.id())).contains(f);
    assertThat(store.all()).contains(f);
  }

  @Test
  void a_figure_is_published_once() {
    PublishedFigureStore store = newStore();
    PublishedFigure f = figure(YearMonth.of(2026, 12), Instant.parse("2027-01-02T01:00:00Z"));
    store.add(f);
    PublishedFigure again =
        new PublishedFigure(
            f.id(),
            f.figure(),
            "another wording",
            DIGEST,
            f.publishedAt().plusSeconds(60),
            PUBLISHER);
    assertThatThrownBy(() -> store.add(again)).isInstanceOf(IllegalStateException.class);
    assertThat(store.find(f.id())).contains(f);
  }

  @Test
  void figures_list_in_the_order_published_across_the_year_boundary() {
    PublishedFigureStore store = newStore();
    PublishedFigure december =
        figure(YearMonth.of(2026, 12), Instant.parse("2026-12-31T15:00:00Z"));
    PublishedFigure january = figure(YearMonth.of(2027, 1), Instant.parse("2027-02-01T01:00:00Z"));
    PublishedFigure late = figure(YearMonth.of(2026, 11), Instant.parse("2027-02-01T02:00:00Z"));
    store.add(december);
    store.add(january);
    store.add(late);
    assertThat(store.all())
        .filteredOn(f -> f.equals(december) || f.equals(january) || f.equals(late))
        .containsExactly(december, january, late);
  }

  @Test
  void an_unknown_figure_finds_nothing() {
    assertThat(newStore().find("nothing/" + (++seq))).isEmpty();
  }
}
