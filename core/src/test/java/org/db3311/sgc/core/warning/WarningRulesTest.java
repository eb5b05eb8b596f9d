package org.db3311.sgc.core.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.facts.EscalationLevel;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.facts.PersonKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@Implements({"6.5.1", "6.5.2"})
@DisplayName("6.5 应用线上和线下各类数据识别社会风险；建立预警模型 — each rule explains itself")
class WarningRulesTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Instant NOW = Instant.parse("2025-06-10T08:00:00Z");

  static MatterFact.Builder matter(String id, MatterKind kind, String category, Instant at) {
    return MatterFact.registered(MatterId.of(id), kind, category, DivisionCode.of("331121"), at);
  }

  static AnalysisWindow window(List<MatterFact> facts) {
    return new AnalysisWindow(NOW, ZONE, facts);
  }

  @Nested
  @DisplayName("repeat petitions by the same person")
  class Repeat {
    @Test
    @DisplayName("five petitions in 30 days from one person is yellow; older ones do not count")
    void five_in_thirty_days() {
      List<MatterFact> facts = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        facts.add(
            matter("P" + i, MatterKind.PETITION, "征地拆迁", NOW.minus(Duration.ofDays(3 * i)))
                .applicants(Set.of(PersonKey.of("zhang")))
                .build());
      }
      facts.add(
          matter("OLD", MatterKind.PETITION, "征地拆迁", NOW.minus(Duration.ofDays(40)))
              .applicants(Set.of(PersonKey.of("zhang")))
              .build());
      facts.add(
          matter("OTHER", MatterKind.PETITION, "邻里", NOW)
              .applicants(Set.of(PersonKey.of("li")))
              .build());

      List<Signal> signals = RepeatPetitionRule.defaults().evaluate(window(facts));

      assertThat(signals).hasSize(1);
      Signal s = signals.get(0);
      assertThat(s.subject()).isEqualTo(new WarningSubject(WarningSubject.Kind.PERSON, "zhang"));
      assertThat(s.level()).isEqualTo(WarningLevel.YELLOW);
      assertThat(s.matters()).hasSize(5).doesNotContain(MatterId.of("OLD"));
      assertThat(s.reason().evidence()).containsEntry("count", "5");
      assertThat(s.reason().explanation()).contains("5 matters");
    }
  }

  @Nested
  @DisplayName("group disputes above a party count")
  class Group {
    @Test
    @DisplayName("thirty parties is orange; closed matters are not watched")
    void by_party_count() {
      List<MatterFact> facts =
          List.of(
              matter("G1", MatterKind.DISPUTE, "劳动争议", NOW.minus(Duration.ofDays(1)))
                  .partyCount(30)
                  .build(),
              matter("G2", MatterKind.DISPUTE, "劳动争议", NOW.minus(Duration.ofDays(1)))
                  .partyCount(4)
                  .build(),
              matter("G3", MatterKind.DISPUTE, "劳动争议", NOW.minus(Duration.ofDays(2)))
                  .partyCount(200)
                  .accepted(NOW.minus(Duration.ofDays(2)))
                  .closed(NOW.minus(Duration.ofDays(1)), Outcome.RESOLVED)
                  .build());

      List<Signal> signals = GroupDisputeRule.defaults().evaluate(window(facts));

      assertThat(signals).extracting(s -> s.subject().key()).containsExactly("G1");
      assertThat(signals.get(0).level()).isEqualTo(WarningLevel.ORANGE);
      assertThat(signals.get(0).reason().evidence()).containsEntry("parties", "30");
    }
  }

  @Nested
  @DisplayName("matters escalating across levels")
  class Escalation {
    @Test
    @DisplayName("an open matter at the city level is orange, at the duty leader yellow")
    void by_height() {
      List<MatterFact> facts =
          List.of(
              matter("E1", MatterKind.DISPUTE, "物业", NOW).escalation(EscalationLevel.CITY).build(),
              matter("E2", MatterKind.DISPUTE, "物业", NOW)
                  .escalation(EscalationLevel.COUNTY_LEADER)
                  .build(),
              matter("E3", MatterKind.DISPUTE, "物业", NOW)
                  .escalation(EscalationLevel.COUNTY_DEPARTMENT)
                  .build());

      List<Signal> signals = EscalationRule.defaults().evaluate(window(facts));

      assertThat(signals)
          .extracting(s -> s.subject().key(), Signal::level)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("E1", WarningLevel.ORANGE),
              org.assertj.core.groups.Tuple.tuple("E2", WarningLevel.YELLOW));
    }
  }

  @Nested
  @DisplayName("sensitive categories")
  class Sensitive {
    @Test
    @DisplayName("a configured category or kind raises its level; the higher of both wins")
    void configured() {
      List<MatterFact> facts =
          List.of(
              matter("S1", MatterKind.DISPUTE, "征地拆迁", NOW).build(),
              matter("S2", MatterKind.STABILITY_EVENT, "征地拆迁", NOW).build(),
              matter("S3", MatterKind.DISPUTE, "邻里", NOW).build());

      List<Signal> signals = SensitiveCategoryRule.defaults().evaluate(window(facts));

      assertThat(signals)
          .extracting(s -> s.subject().key(), Signal::level)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("S1", WarningLevel.YELLOW),
              org.assertj.core.groups.Tuple.tuple("S2", WarningLevel.ORANGE));
    }
  }

  @Nested
  @DisplayName("statistical surges")
  class Surge {
    @Test
    @DisplayName(
        "a day far above its category-at-place baseline is a surge naming the day's matters")
    void surge_day() {
      List<MatterFact> facts = new ArrayList<>();
      Instant today = NOW.minus(Duration.ofHours(2));
      for (int d = 1; d <= 28; d++) {
        facts.add(
            matter("B" + d, MatterKind.DISPUTE, "劳动争议", today.minus(Duration.ofDays(d))).build());
      }
      for (int i = 0; i < 10; i++) {
        facts.add(matter("T" + i, MatterKind.DISPUTE, "劳动争议", today.plusSeconds(i)).build());
      }
      facts.add(matter("X", MatterKind.DISPUTE, "邻里", today).build());

      List<Signal> signals = SurgeRule.defaults().evaluate(window(facts));

      assertThat(signals).hasSize(1);
      Signal s = signals.get(0);
      assertThat(s.subject().key()).isEqualTo("surge-category-at-place:劳动争议@331121");
      assertThat(s.matters()).hasSize(10);
      assertThat(s.reason().evidence())
          .containsEntry("observed", "10")
          .containsEntry("expected", "1.000");
      assertThat(s.level()).isEqualTo(WarningLevel.ORANGE);
    }
  }

  @Test
  @DisplayName(
      "the model merges signals about one subject into one assessment at the highest level")
  void model_merges_by_subject() {
    MatterFact both = matter("M1", MatterKind.DISPUTE, "征地拆迁", NOW).partyCount(40).build();
    List<RiskAssessment> assessments = WarningModel.defaults().assess(window(List.of(both)));

    assertThat(assessments).hasSize(1);
    RiskAssessment a = assessments.get(0);
    assertThat(a.level()).isEqualTo(WarningLevel.ORANGE);
    assertThat(a.reasons())
        .extracting(Reason::rule)
        .containsExactly("group-dispute", "sensitive-category");
    assertThat(a.matters()).containsExactly(MatterId.of("M1"));
  }

  @Test
  @DisplayName("online and offline matters are analysed alike")
  void online_and_offline() {
    List<MatterFact> facts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      facts.add(
          matter("ON" + i, MatterKind.PETITION, "邻里", NOW.minus(Duration.ofDays(i)))
              .channel(
                  i % 2 == 0
                      ? org.db3311.sgc.core.facts.IntakeChannel.ZHELIFANG
                      : org.db3311.sgc.core.facts.IntakeChannel.WINDOW)
              .applicants(Set.of(PersonKey.of("wang")))
              .build());
    }
    assertThat(RepeatPetitionRule.defaults().evaluate(window(facts)).get(0).matters()).hasSize(3);
  }
}
