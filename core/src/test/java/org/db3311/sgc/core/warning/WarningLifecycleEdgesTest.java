package org.db3311.sgc.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.PersonKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of the warning lifecycle (6.5.2 不定时发布社会稳定风险预警): when the system publishes by itself,
 * what an update may and may not change, and what closing and dismissing must say.
 */
@Implements({"6.5.1", "6.5.2"})
@DisplayName("6.5.2 不定时发布社会稳定风险预警 — lifecycle edges: auto-publication, updates, closing words")
class WarningLifecycleEdgesTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Instant T = Instant.parse("2025-06-10T08:00:00Z");
  static final UnitId DESK = UnitId.of("center.risk");
  static final Actor DUTY = Actor.of("s-9", "值班员 周");
  static final WarningSubject ZHANG = new WarningSubject(WarningSubject.Kind.PERSON, "zhang");

  final InMemoryCaseFactSource source = new InMemoryCaseFactSource();
  final InMemoryWarningRepository repo = new InMemoryWarningRepository();
  final InMemoryWarningPublisher publisher = new InMemoryWarningPublisher();
  final InMemorySequenceGenerator ids = new InMemorySequenceGenerator();

  WarningService service(Instant now, WarningModel model, WarningLevel autoPublishFrom) {
    return new WarningService(
        source,
        model,
        repo,
        ids,
        publisher,
        new OwnerPolicy(DESK, Map.of()),
        autoPublishFrom,
        new InMemoryDomainEventPublisher(),
        new InMemoryAuditTrail(),
        Clock.fixed(now, ZONE));
  }

  WarningService at(Instant now) {
    return service(now, WarningModel.defaults(), WarningLevel.ORANGE);
  }

  void petitions(int from, int to, Instant last) {
    for (int i = from; i < to; i++) {
      source.upsert(
          MatterFact.registered(
                  MatterId.of("P" + i),
                  MatterKind.PETITION,
                  "邻里",
                  DivisionCode.of("331121"),
                  last.minus(Duration.ofDays(to - 1 - i)))
              .applicants(Set.of(PersonKey.of("zhang")))
              .build());
    }
  }

  static RiskAssessment assessment(WarningLevel level, String rule, String... matters) {
    TreeSet<MatterId> m = new TreeSet<>();
    for (String id : matters) {
      m.add(MatterId.of(id));
    }
    return new RiskAssessment(
        ZHANG, level, List.of(new Reason(rule, "6.5.2", level, rule + " fired", Map.of())), m);
  }

  @Test
  @DisplayName(
      "a raised warning upgraded to a level still below auto-publication waits, unpublished")
  void upgrade_below_auto_publication_waits() {
    petitions(0, 3, T);
    Warning blue = at(T).scan().getFirst();
    assertThat(blue.level()).isEqualTo(WarningLevel.BLUE);
    petitions(3, 5, T.plusSeconds(30));

    Warning yellow = at(T.plusSeconds(60)).scan().getFirst();

    assertThat(yellow.id()).isEqualTo(blue.id());
    assertThat(yellow.level()).isEqualTo(WarningLevel.YELLOW);
    assertThat(yellow.state()).isEqualTo(Warning.State.RAISED);
    assertThat(yellow.publishedAt()).isEmpty();
    assertThat(publisher.notices()).isEmpty();
  }

  @Test
  @DisplayName("a raised warning upgraded to the auto-publication level is published by the system")
  void upgrade_to_auto_publication_publishes() {
    petitions(0, 3, T);
    at(T).scan();
    petitions(3, 8, T.plusSeconds(30));

    Warning orange = at(T.plusSeconds(60)).scan().getFirst();

    assertThat(orange.level()).isEqualTo(WarningLevel.ORANGE);
    assertThat(orange.state()).isEqualTo(Warning.State.PUBLISHED);
    assertThat(orange.publishedAt()).contains(T.plusSeconds(60));
    assertThat(orange.history().getLast().by()).isEqualTo(Actor.SYSTEM);
    assertThat(publisher.notices())
        .singleElement()
        .satisfies(n -> assertThat(n.level()).isEqualTo(WarningLevel.ORANGE));
  }

  @Test
  @DisplayName(
      "new evidence without a higher level never publishes: only raising or upgrading does, even at"
          + " a level the current configuration would publish")
  void new_evidence_alone_does_not_publish() {
    petitions(0, 5, T);
    // raised yellow while only red was published automatically
    Warning yellow = service(T, WarningModel.defaults(), WarningLevel.RED).scan().getFirst();
    assertThat(yellow.state()).isEqualTo(Warning.State.RAISED);
    petitions(5, 6, T.plusSeconds(30));

    Warning updated =
        service(T.plusSeconds(60), WarningModel.defaults(), WarningLevel.YELLOW).scan().getFirst();

    assertThat(updated.matters()).hasSize(6);
    assertThat(updated.level()).isEqualTo(WarningLevel.YELLOW);
    assertThat(updated.state()).isEqualTo(Warning.State.RAISED);
    assertThat(publisher.notices()).isEmpty();
  }

  @Test
  @DisplayName("6.5.1 the model sees only facts registered by the time of the scan")
  void the_model_sees_no_fact_from_the_future() {
    petitions(0, 1, T);
    source.upsert(
        MatterFact.registered(
                MatterId.of("LATER"), MatterKind.PETITION, "邻里", DivisionCode.of("331121"), T)
            .build());
    source.upsert(
        MatterFact.registered(
                MatterId.of("FUTURE"),
                MatterKind.PETITION,
                "邻里",
                DivisionCode.of("331121"),
                T.plusSeconds(1))
            .build());
    List<MatterId> seen = new ArrayList<>();
    WarningRule everything =
        new WarningRule() {
          @Override
          public String id() {
            return "everything";
          }

          @Override
          public List<Signal> evaluate(AnalysisWindow w) {
            w.facts().forEach(f -> seen.add(f.id()));
            return List.of();
          }
        };

    service(T, new WarningModel(List.of(everything)), WarningLevel.ORANGE).scan();

    assertThat(seen).containsExactlyInAnyOrder(MatterId.of("P0"), MatterId.of("LATER"));
  }

  @Test
  @DisplayName("a dismissal returns the dismissed warning, through both entry points")
  void dismissal_returns_the_warning() {
    petitions(0, 3, T);
    source.upsert(
        MatterFact.registered(
                MatterId.of("Q1"),
                MatterKind.PETITION,
                "邻里",
                DivisionCode.of("331121"),
                T.minus(Duration.ofDays(10)))
            .applicants(Set.of(PersonKey.of("li")))
            .build());
    source.upsert(
        MatterFact.registered(
                MatterId.of("Q2"),
                MatterKind.PETITION,
                "邻里",
                DivisionCode.of("331121"),
                T.minus(Duration.ofDays(11)))
            .applicants(Set.of(PersonKey.of("li")))
            .build());
    source.upsert(
        MatterFact.registered(
                MatterId.of("Q3"),
                MatterKind.PETITION,
                "邻里",
                DivisionCode.of("331121"),
                T.minus(Duration.ofDays(12)))
            .applicants(Set.of(PersonKey.of("li")))
            .build());
    WarningService service = at(T);
    List<Warning> raised = service.scan();
    assertThat(raised).hasSize(2);
    WarningId zhang =
        raised.stream().filter(w -> w.subject().equals(ZHANG)).findFirst().orElseThrow().id();
    WarningId li =
        raised.stream().filter(w -> !w.id().equals(zhang)).findFirst().orElseThrow().id();

    Warning dismissed = service.dismiss(zhang, DUTY, "同一事项补充材料");
    WarningSnapshot viaPort = service.dismiss(new HandleWarningUseCase.Dismiss(li, "重复登记", DUTY));

    assertThat(dismissed.id()).isEqualTo(zhang);
    assertThat(dismissed.state()).isEqualTo(Warning.State.DISMISSED);
    assertThat(viaPort.id()).isEqualTo(li);
    assertThat(viaPort.state()).isEqualTo(Warning.State.DISMISSED);
    assertThat(viaPort.history().getLast().detail()).isEqualTo("重复登记");
    assertThat(service.openWarnings().items()).isEmpty();
  }

  @Test
  @DisplayName(
      "closing says how the risk was handled and dismissing says why: blank words are refused")
  void closing_and_dismissing_need_words() {
    Warning w =
        new Warning(WarningId.of("YJ-1"), assessment(WarningLevel.BLUE, "r", "P1"), DESK, T);
    w.publish(DUTY, T);
    w.acknowledge(DESK, DUTY, T);

    assertThatThrownBy(() -> w.close(DUTY, T, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("how the risk was handled");
    assertThatThrownBy(() -> w.close(DUTY, T, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(w.state()).isEqualTo(Warning.State.ACKNOWLEDGED);

    Warning other =
        new Warning(WarningId.of("YJ-2"), assessment(WarningLevel.BLUE, "r", "P1"), DESK, T);
    assertThatThrownBy(() -> other.dismiss(DUTY, T, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("false alarm");
    assertThat(other.state()).isEqualTo(Warning.State.RAISED);
  }

  @Test
  @DisplayName(
      "an update at a lower or equal level keeps the level and reports no upgrade; a higher one"
          + " raises it")
  void update_never_lowers_the_level() {
    Warning w =
        new Warning(WarningId.of("YJ-1"), assessment(WarningLevel.YELLOW, "a", "P1"), DESK, T);

    assertThat(w.update(assessment(WarningLevel.BLUE, "b", "P2"), T.plusSeconds(1))).isFalse();
    assertThat(w.level()).isEqualTo(WarningLevel.YELLOW);
    assertThat(w.update(assessment(WarningLevel.YELLOW, "c", "P3"), T.plusSeconds(2))).isFalse();
    assertThat(w.level()).isEqualTo(WarningLevel.YELLOW);
    assertThat(w.matters()).hasSize(3);
    assertThat(w.reasons()).extracting(Reason::rule).containsExactly("a", "b", "c");

    assertThat(w.update(assessment(WarningLevel.ORANGE, "d", "P4"), T.plusSeconds(3))).isTrue();
    assertThat(w.level()).isEqualTo(WarningLevel.ORANGE);
    assertThat(w.history())
        .extracting(Warning.Step::action)
        .containsExactly(
            Warning.Action.RAISE,
            Warning.Action.UPDATE,
            Warning.Action.UPDATE,
            Warning.Action.UPGRADE);
    assertThat(w.history())
        .extracting(Warning.Step::detail)
        .endsWith("new evidence", "new evidence", "upgraded to ORANGE");
  }

  @Test
  @DisplayName("a warning remembers when it was last published, and nothing before it was")
  void published_at() {
    Warning w =
        new Warning(WarningId.of("YJ-1"), assessment(WarningLevel.BLUE, "a", "P1"), DESK, T);
    assertThat(w.publishedAt()).isEmpty();

    w.publish(DUTY, T.plusSeconds(5));
    w.acknowledge(DESK, DUTY, T.plusSeconds(6));

    assertThat(w.publishedAt()).contains(T.plusSeconds(5));
  }
}
