package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.Category;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.DivisionRegistry;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.MatterSummary;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The big screen's counting: weeks across New Year, categories, townships, one bad part. */
@DisplayName("Command big screen: weekly trend across the year end, townships, failing parts")
class CommandScreenTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final DivisionCode LIANDU = DivisionCode.of("331102");
  static int sequence;

  static MatterSummary matter(
      LocalDateTime registered, String category, String township, LocalDateTime closed) {
    Instant at = registered.atZone(BEIJING).toInstant();
    return new MatterSummary(
        new RegistrationNumber(LIANDU, registered.toLocalDate(), ++sequence),
        closed == null ? MatterState.ACCEPTED : MatterState.CLOSED,
        Category.Kind.DISPUTE,
        Channel.WINDOW,
        category,
        LIANDU,
        Optional.ofNullable(township).map(AreaCode::of),
        Optional.empty(),
        at,
        Optional.ofNullable(closed).map(c -> c.atZone(BEIJING).toInstant()),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  @DisplayName("weeks start on Monday by Beijing dates, and a week straddles New Year")
  void weeks_across_the_year_end() {
    // Tuesday 5 January 2027: the last week began on Monday 4 January, the one before on 28
    // December
    LocalDate today = LocalDate.of(2027, 1, 5);
    Map<AreaCode, String> townships = DivisionRegistry.lishui().townships(LIANDU);
    CommandScreen.Tally t =
        new CommandScreen.Tally(today, BEIJING, CategoryTaxonomy.defaults(), townships);
    assertThat(t.from()).isEqualTo(LocalDate.of(2026, 10, 19).atStartOfDay(BEIJING).toInstant());
    assertThat(t.until()).isEqualTo(LocalDate.of(2027, 1, 11).atStartOfDay(BEIJING).toInstant());
    // 31 December 23:30 in Beijing is still 2026 there, though 15:30 UTC
    t.add(
        matter(
            LocalDateTime.of(2026, 12, 31, 23, 30),
            "dispute.neighbour",
            "331102001",
            LocalDateTime.of(2027, 1, 4, 9, 0)));
    t.add(matter(LocalDateTime.of(2027, 1, 3, 10, 0), "dispute.labour", "331102001", null));
    t.add(matter(LocalDateTime.of(2027, 1, 4, 0, 5), "dispute.neighbour", "331102002", null));
    t.add(matter(LocalDateTime.of(2026, 10, 19, 0, 0), "dispute.neighbour", null, null));
    // outside the window: ignored, whatever a store hands over
    t.add(matter(LocalDateTime.of(2026, 10, 18, 23, 59), "dispute.neighbour", null, null));
    LeaderViews.Trend r = t.result();
    assertThat(r.from()).isEqualTo("2026-10-19");
    assertThat(r.until()).isEqualTo("2027-01-10");
    assertThat(r.weeks()).hasSize(CommandScreen.WEEKS);
    assertThat(r.weeks().get(0)).isEqualTo(new LeaderViews.Week("2026-10-19", 1, 0));
    assertThat(r.weeks().get(10)).isEqualTo(new LeaderViews.Week("2026-12-28", 2, 1));
    assertThat(r.weeks().get(11)).isEqualTo(new LeaderViews.Week("2027-01-04", 1, 0));
    assertThat(r.registered()).isEqualTo(4);
    assertThat(r.closed()).isEqualTo(1);
    assertThat(r.categories())
        .extracting(LeaderViews.CountRow::code, LeaderViews.CountRow::registered)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dispute.neighbour", 3),
            org.assertj.core.groups.Tuple.tuple("dispute.labour", 1));
    assertThat(r.categories().get(0).label()).isEqualTo("邻里纠纷");
    // every township keeps its box; matters without one get a box of their own, last
    assertThat(r.townships()).hasSize(townships.size() + 1);
    LeaderViews.TownshipCell zijin = r.townships().get(0);
    assertThat(zijin).isEqualTo(new LeaderViews.TownshipCell("331102001", "紫金街道", 2, 1, 1, 4));
    assertThat(r.townships().getLast().name()).isEqualTo("未注明乡镇（街道）");
    assertThat(r.townships().getLast().open()).isEqualTo(1);
  }

  @Test
  @DisplayName("a township's heat is its share of the busiest township's open matters, in 4 steps")
  void heat() {
    assertThat(CommandScreen.heat(0, 10)).isZero();
    assertThat(CommandScreen.heat(1, 10)).isEqualTo(1);
    assertThat(CommandScreen.heat(5, 10)).isEqualTo(2);
    assertThat(CommandScreen.heat(6, 10)).isEqualTo(3);
    assertThat(CommandScreen.heat(10, 10)).isEqualTo(4);
    assertThat(CommandScreen.heat(0, 0)).isZero();
  }

  @Test
  @DisplayName("a part that fails is named with its reason and the next part is still read")
  void one_failing_part_does_not_stop_the_others() {
    List<LeaderViews.Failure> failures = new ArrayList<>();
    Map<String, Integer> read = new LinkedHashMap<>();
    Integer broken =
        CommandScreen.attempt(
            "预警",
            failures,
            () -> {
              throw new IllegalStateException("warning table unreadable");
            });
    Integer next =
        CommandScreen.attempt("超期事项", failures, () -> read.merge("overdue", 7, Integer::sum));
    assertThat(broken).isNull();
    assertThat(next).isEqualTo(7);
    assertThat(failures).hasSize(1);
    assertThat(failures.getFirst().source()).isEqualTo("预警");
    // the reader learns that it failed; the exception's words go to the server's log only
    assertThat(failures.getFirst().reason())
        .isEqualTo(ConsoleTexts.DEFAULT.text("screen.unreadable"))
        .doesNotContain("warning table unreadable");
  }
}
