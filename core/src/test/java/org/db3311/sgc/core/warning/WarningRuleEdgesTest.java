package org.db3311.sgc.core.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.EscalationLevel;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Implements({"6.5.1", "6.5.2"})
@DisplayName("6.5.2 预警模型 — the edges of each rule's bands")
class WarningRuleEdgesTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Instant NOW = Instant.parse("2025-06-10T08:00:00Z");

  /**
   * One matter a day for 28 days (expected 1.0) and {@code today} matters today: p = P(X ≥ today |
   * 1) is 5.9e-4 for 6 (below α = 1e-3: blue), 8.3e-5 for 7 (below α/10: yellow), 1.1e-6 for 9
   * (still above α/1000: yellow), 1.1e-7 for 10 (orange).
   */
  @ParameterizedTest(name = "{0} matters against 1 a day is {1}")
  @CsvSource({"6, BLUE", "7, YELLOW", "9, YELLOW", "10, ORANGE"})
  @DisplayName("a surge's level follows its p-value: below α blue, α/10 yellow, α/1000 orange")
  void surge_level_follows_the_p_value(int today, WarningLevel expected) {
    List<MatterFact> facts = new ArrayList<>();
    Instant noon = NOW.minus(Duration.ofHours(2));
    for (int d = 1; d <= 28; d++) {
      facts.add(fact("B" + d, noon.minus(Duration.ofDays(d))));
    }
    for (int i = 0; i < today; i++) {
      facts.add(fact("T" + i, noon.plusSeconds(i)));
    }
    double p = poissonUpperTail(today, 1.0);
    double alpha = 0.001;
    assertThat(p).isLessThan(alpha);

    List<Signal> signals = SurgeRule.defaults().evaluate(new AnalysisWindow(NOW, ZONE, facts));

    assertThat(signals).singleElement().satisfies(s -> assertThat(s.level()).isEqualTo(expected));
  }

  @Test
  @DisplayName(
      "a matter is open until the instant it closes: closed later it still counts, closed at the"
          + " scan it does not")
  void open_until_closed() {
    List<MatterFact> facts =
        List.of(
            fact("E1", NOW.minus(Duration.ofDays(2))).toBuilder()
                .escalation(EscalationLevel.CITY)
                .accepted(NOW.minus(Duration.ofDays(2)))
                .closed(NOW.plusSeconds(1), Outcome.RESOLVED)
                .build(),
            fact("E2", NOW.minus(Duration.ofDays(2))).toBuilder()
                .escalation(EscalationLevel.CITY)
                .accepted(NOW.minus(Duration.ofDays(2)))
                .closed(NOW, Outcome.RESOLVED)
                .build());

    List<Signal> signals = EscalationRule.defaults().evaluate(new AnalysisWindow(NOW, ZONE, facts));

    assertThat(signals).extracting(s -> s.subject().key()).containsExactly("E1");
  }

  @Test
  @DisplayName(
      "a sensitive matter's explanation names what made it sensitive: its category or kind")
  void sensitive_explanation_names_the_cause() {
    List<MatterFact> facts =
        List.of(
            MatterFact.registered(
                    MatterId.of("S1"), MatterKind.DISPUTE, "征地拆迁", DivisionCode.of("331121"), NOW)
                .build(),
            MatterFact.registered(
                    MatterId.of("S2"),
                    MatterKind.STABILITY_EVENT,
                    "邻里",
                    DivisionCode.of("331121"),
                    NOW)
                .build());

    List<Signal> signals =
        SensitiveCategoryRule.defaults().evaluate(new AnalysisWindow(NOW, ZONE, facts));

    assertThat(signals)
        .extracting(s -> s.subject().key(), s -> s.reason().explanation())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("S1", "open matter of sensitive category 征地拆迁"),
            org.assertj.core.groups.Tuple.tuple(
                "S2", "open matter of sensitive kind STABILITY_EVENT"));
  }

  @Test
  @DisplayName("assessments come highest level first, then by subject")
  void assessments_highest_first() {
    WarningRule blueFirst = fixed("blue", WarningLevel.BLUE, "PERSON", "a");
    WarningRule yellowZ = fixed("yellow-z", WarningLevel.YELLOW, "MATTER", "z");
    WarningRule yellowB = fixed("yellow-b", WarningLevel.YELLOW, "MATTER", "b");
    WarningRule red = fixed("red", WarningLevel.RED, "SERIES", "s");

    List<RiskAssessment> out =
        new WarningModel(List.of(blueFirst, yellowZ, yellowB, red))
            .assess(new AnalysisWindow(NOW, ZONE, List.of()));

    assertThat(out)
        .extracting(a -> a.subject().toString())
        .containsExactly("SERIES:s", "MATTER:b", "MATTER:z", "PERSON:a");
  }

  @Test
  @DisplayName("the default model runs the five named rules")
  void default_rules() {
    assertThat(WarningModel.defaults().rules())
        .extracting(WarningRule::id)
        .containsExactly(
            "repeat-petition",
            "group-dispute",
            "escalation",
            "sensitive-category",
            "surge-category-at-place");
  }

  @Test
  @DisplayName("levels are graded 1 (red) to 4 (blue), the lower grade the higher level")
  void grades() {
    assertThat(List.of(WarningLevel.values()))
        .extracting(WarningLevel::grade)
        .containsExactly(4, 3, 2, 1);
    assertThat(WarningLevel.higher(WarningLevel.YELLOW, WarningLevel.ORANGE))
        .isEqualTo(WarningLevel.ORANGE);
    assertThat(WarningLevel.RED.isHigherThan(WarningLevel.RED)).isFalse();
  }

  @Test
  @DisplayName("thresholds say their lowest count and show themselves in a reason's evidence")
  void thresholds_explain_themselves() {
    Thresholds t = GroupDisputeRule.defaults().thresholds();
    assertThat(t.lowest()).isEqualTo(5);
    assertThat(t).hasToString("{5=YELLOW, 30=ORANGE, 100=RED}");
    assertThat(t.levelFor(4)).isEmpty();
    assertThat(t.levelFor(29)).contains(WarningLevel.YELLOW);
    assertThat(t.levelFor(30)).contains(WarningLevel.ORANGE);
  }

  @Test
  @DisplayName(
      "a warning's owner: the unit configured for the latest matter's category, else the unit"
          + " handling it, else the risk desk")
  void owner_policy() {
    UnitId desk = UnitId.of("center.risk");
    UnitId labour = UnitId.of("county.hrss");
    UnitId court = UnitId.of("county.court");
    OwnerPolicy policy = new OwnerPolicy(desk, Map.of("劳动争议", labour));
    MatterFact older =
        MatterFact.registered(
                MatterId.of("M1"), MatterKind.DISPUTE, "邻里", DivisionCode.of("331121"), NOW)
            .assigned(court, NOW, NOW.plusSeconds(3600))
            .build();
    MatterFact latest = fact("M2", NOW.plusSeconds(60));

    assertThat(policy.ownerOf(List.of())).isEqualTo(desk);
    assertThat(policy.ownerOf(List.of(older, latest))).isEqualTo(labour);
    assertThat(policy.ownerOf(List.of(older))).isEqualTo(court);
    assertThat(new OwnerPolicy(desk, Map.of()).ownerOf(List.of(latest))).isEqualTo(desk);
  }

  static WarningRule fixed(String id, WarningLevel level, String kind, String key) {
    return new WarningRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<Signal> evaluate(AnalysisWindow w) {
        return List.of(
            new Signal(
                new WarningSubject(WarningSubject.Kind.valueOf(kind), key),
                new Reason(id, "6.5.2", level, id, Map.of()),
                new TreeSet<>(Set.of(MatterId.of(id)))));
      }
    };
  }

  static MatterFact fact(String id, Instant at) {
    return MatterFact.registered(
            MatterId.of(id), MatterKind.DISPUTE, "劳动争议", DivisionCode.of("331121"), at)
        .build();
  }

  /** P(X ≥ k) for X ~ Poisson(λ), summed directly: the test's own oracle, not the rule's code. */
  static double poissonUpperTail(int k, double lambda) {
    double term = Math.exp(-lambda);
    double below = 0;
    for (int i = 0; i < k; i++) {
      below += term;
      term *= lambda / (i + 1);
    }
    return 1 - below;
  }
}
