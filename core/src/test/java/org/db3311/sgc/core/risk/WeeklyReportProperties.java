package org.db3311.sgc.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterHistories;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.Table;

@Implements("6.4.1.2")
class WeeklyReportProperties {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Property(tries = 60)
  void every_breakdown_adds_up_to_the_weeks_totals_and_changes_are_differences(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 2, max = 20) int week) {
    List<MatterFact> facts = MatterHistories.generate(new Random(seed), 600, 150, 100);
    Span span = Span.isoWeek(LocalDate.of(2025, 1, 6).plusWeeks(week - 1), ZONE);
    Report r =
        new WeeklyReportBuilder()
            .draft(span, facts, List.of(), Instant.parse("2026-01-01T00:00:00Z"));

    long now = facts.stream().filter(f -> span.contains(f.registeredAt())).count();
    long before = facts.stream().filter(f -> span.previous().contains(f.registeredAt())).count();
    for (String heading : List.of("类型", "成因", "地域")) {
      Table t = r.section(heading).orElseThrow().tables().get(0);
      assertThat(t.rows().stream().mapToLong(row -> Long.parseLong(row.get(1))).sum())
          .isEqualTo(now);
      assertThat(t.rows().stream().mapToLong(row -> Long.parseLong(row.get(2))).sum())
          .isEqualTo(before);
      for (List<String> row : t.rows()) {
        assertThat(Long.parseLong(row.get(3).replace("+", "")))
            .isEqualTo(Long.parseLong(row.get(1)) - Long.parseLong(row.get(2)));
      }
    }
  }
}
