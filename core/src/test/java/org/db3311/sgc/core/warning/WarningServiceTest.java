package org.db3311.sgc.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.PersonKey;
import org.db3311.sgc.core.facts.RecordedChanges;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements({"6.5.1", "6.5.2"})
@DisplayName("6.5.2 不定时发布社会稳定风险预警 — warnings are raised, published, acknowledged, closed")
class WarningServiceTest {

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Instant T = Instant.parse("2025-06-10T08:00:00Z");
  static final UnitId DESK = UnitId.of("center.risk");
  static final UnitId HRSS = UnitId.of("county.hrss");
  static final Actor DUTY = Actor.of("s-9", "值班员 周");

  final InMemoryCaseFactSource source = new InMemoryCaseFactSource();
  final InMemoryWarningRepository repo = new InMemoryWarningRepository();
  final InMemoryWarningPublisher publisher = new InMemoryWarningPublisher();
  final InMemorySequenceGenerator ids = new InMemorySequenceGenerator();

  WarningService at(Instant now) {
    return new WarningService(
        source,
        WarningModel.defaults(),
        repo,
        ids,
        publisher,
        new OwnerPolicy(DESK, Map.of()),
        WarningLevel.ORANGE,
        events,
        audit,
        Clock.fixed(now, ZONE));
  }

  static MatterFact petition(String id, Instant at) {
    return MatterFact.registered(
            MatterId.of(id), MatterKind.PETITION, "邻里", DivisionCode.of("331121"), at)
        .applicants(Set.of(PersonKey.of("zhang")))
        .build();
  }

  @Test
  @DisplayName(
      "a yellow warning waits for the duty officer; the owner acknowledges; then it is closed")
  void yellow_lifecycle() {
    for (int i = 0; i < 5; i++) {
      source.upsert(petition("P" + i, T.minus(Duration.ofDays(i))));
    }
    WarningService service = at(T);

    List<Warning> raised = service.scan();

    assertThat(raised).hasSize(1);
    Warning w = raised.get(0);
    assertThat(w.level()).isEqualTo(WarningLevel.YELLOW);
    assertThat(w.state()).isEqualTo(Warning.State.RAISED);
    assertThat(w.owner()).isEqualTo(DESK);
    assertThat(publisher.notices()).isEmpty();

    service.publish(w.id(), DUTY);
    assertThat(publisher.notices())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.level()).isEqualTo(WarningLevel.YELLOW);
              assertThat(n.matters()).hasSize(5);
              assertThat(n.reasons()).singleElement().asString().contains("same person");
            });
    assertThatThrownBy(() -> service.acknowledge(w.id(), HRSS, DUTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("owned by center.risk");
    service.acknowledge(w.id(), DESK, DUTY);
    service.close(w.id(), DUTY, "约谈化解，当事人息访");

    assertThat(repo.find(w.id()).orElseThrow().state()).isEqualTo(Warning.State.CLOSED);
    List<Warning> again = at(T).scan();
    assertThat(again)
        .as("the same subject raises a new warning once the old one is closed")
        .hasSize(1);
    assertThat(again.get(0).id()).isNotEqualTo(w.id());
    assertThat(repo.find(w.id()).orElseThrow().state()).isEqualTo(Warning.State.CLOSED);
  }

  @Test
  @DisplayName(
      "orange and red are published by the system at once; a later scan adds evidence without duplicating")
  void auto_publish_and_no_duplicates() {
    source.upsert(
        MatterFact.registered(
                MatterId.of("G1"), MatterKind.DISPUTE, "劳动争议", DivisionCode.of("331121"), T)
            .partyCount(35)
            .assigned(HRSS, T, T.plus(Duration.ofDays(1)))
            .build());
    WarningService service = at(T.plusSeconds(60));

    Warning w = service.scan().get(0);

    assertThat(w.state()).isEqualTo(Warning.State.PUBLISHED);
    assertThat(w.owner()).as("the unit handling the matter").isEqualTo(HRSS);
    assertThat(publisher.notices()).hasSize(1);
    assertThat(service.scan()).isEmpty();
    assertThat(repo.all()).hasSize(1);
  }

  @Test
  @DisplayName("a higher level re-publishes an acknowledged warning for acknowledgement again")
  void upgrade_requires_new_acknowledgement() {
    for (int i = 0; i < 5; i++) {
      source.upsert(petition("P" + i, T.minus(Duration.ofDays(i))));
    }
    WarningService service = at(T);
    Warning w = service.scan().get(0);
    service.publish(w.id(), DUTY);
    service.acknowledge(w.id(), DESK, DUTY);
    for (int i = 5; i < 8; i++) {
      source.upsert(petition("P" + i, T.plusSeconds(i)));
    }

    List<Warning> changed = at(T.plusSeconds(60)).scan();

    assertThat(changed)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.id()).isEqualTo(w.id());
              assertThat(u.level()).isEqualTo(WarningLevel.ORANGE);
              assertThat(u.state()).isEqualTo(Warning.State.PUBLISHED);
              assertThat(u.matters()).hasSize(8);
              assertThat(u.reasons()).hasSize(2);
            });
    assertThat(publisher.notices()).hasSize(2);
    assertThat(publisher.notices().get(1).level()).isEqualTo(WarningLevel.ORANGE);
  }

  @Test
  @DisplayName(
      "a false alarm is dismissed with its reason; a dismissed warning cannot be published")
  void dismissal() {
    for (int i = 0; i < 3; i++) {
      source.upsert(petition("P" + i, T.minus(Duration.ofDays(i))));
    }
    WarningService service = at(T);
    Warning w = service.scan().get(0);
    assertThat(w.level()).isEqualTo(WarningLevel.BLUE);

    service.dismiss(w.id(), DUTY, "同一事项补充材料，非重复信访");

    assertThatThrownBy(() -> service.publish(w.id(), DUTY))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("DISMISSED")
        .hasMessageContaining("PUBLISH");
    assertThat(repo.find(w.id()).orElseThrow().history())
        .extracting(Warning.Step::action)
        .containsExactly(Warning.Action.RAISE, Warning.Action.DISMISS);
  }

  @Test
  @Implements("6.5.2")
  @DisplayName("every change of a warning is audited and published: who, when, what, from→to")
  void every_change_is_recorded() {
    for (int i = 0; i < 5; i++) {
      source.upsert(petition("P" + i, T.minus(Duration.ofDays(i))));
    }
    Warning w = at(T).scan().getFirst();
    at(T.plusSeconds(60)).publish(w.id(), DUTY);
    at(T.plusSeconds(120)).acknowledge(w.id(), DESK, DUTY);
    at(T.plusSeconds(180)).close(w.id(), DUTY, "约谈化解");

    List<WarningEvent> recorded = RecordedChanges.of(events, audit, WarningEvent.class);
    assertThat(RecordedChanges.transitions(recorded))
        .containsExactly(
            "RAISE -→RAISED",
            "PUBLISH RAISED→PUBLISHED",
            "ACKNOWLEDGE PUBLISHED→ACKNOWLEDGED",
            "CLOSE ACKNOWLEDGED→CLOSED");
    assertThat(recorded)
        .extracting(WarningEvent::actor)
        .containsExactly(Actor.SYSTEM, DUTY, DUTY, DUTY);
    assertThat(recorded)
        .extracting(WarningEvent::occurredAt)
        .containsExactly(T, T.plusSeconds(60), T.plusSeconds(120), T.plusSeconds(180));
    assertThat(recorded).extracting(e -> e.version().value()).containsExactly(1L, 2L, 3L, 4L);
    assertThat(audit.of("Warning", w.id().value())).hasSize(4);
    assertThat(repo.find(w.id()).orElseThrow().version().value()).isEqualTo(4);
  }

  @Test
  @DisplayName("a stale copy of a warning cannot overwrite the stored one")
  void optimistic_lock() {
    source.upsert(petition("P0", T));
    RiskAssessment a =
        new RiskAssessment(
            new WarningSubject(WarningSubject.Kind.PERSON, "zhang"),
            WarningLevel.BLUE,
            List.of(new Reason("r", "6.5.2", WarningLevel.BLUE, "test", Map.of())),
            new java.util.TreeSet<>(Set.of(MatterId.of("P0"))));
    repo.save(new Warning(WarningId.of("YJ-1"), a, DESK, T));

    assertThatThrownBy(() -> repo.save(new Warning(WarningId.of("YJ-1"), a, DESK, T)))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageContaining("YJ-1");
  }

  @Test
  @DisplayName(
      "warnings survive a restart: a new service on a repository rebuilt from snapshots updates the same warning, not a new one")
  void survives_a_restart() {
    for (int i = 0; i < 5; i++) {
      source.upsert(petition("P" + i, T.minus(Duration.ofDays(i))));
    }
    Warning w = at(T).scan().getFirst();
    at(T.plusSeconds(60)).publish(w.id(), DUTY);
    WarningSnapshot before = repo.find(w.id()).orElseThrow().snapshot();

    InMemoryWarningRepository restarted = new InMemoryWarningRepository();
    restarted.save(Warning.fromSnapshot(before, org.db3311.sgc.core.common.Version.NEW));
    WarningService after =
        new WarningService(
            source,
            WarningModel.defaults(),
            restarted,
            ids,
            publisher,
            new OwnerPolicy(DESK, Map.of()),
            WarningLevel.ORANGE,
            events,
            audit,
            Clock.fixed(T.plusSeconds(120), ZONE));

    assertThat(restarted.find(w.id()).orElseThrow().snapshot()).isEqualTo(before);
    assertThat(after.scan()).as("nothing new: the open warning is found again").isEmpty();
    assertThat(after.open()).extracting(Warning::id).containsExactly(w.id());
    after.acknowledge(w.id(), DESK, DUTY);
    assertThat(restarted.find(w.id()).orElseThrow().state()).isEqualTo(Warning.State.ACKNOWLEDGED);
    assertThatThrownBy(() -> after.publish(WarningId.of("YJ-2025-99999"), DUTY))
        .isInstanceOf(WarningNotFoundException.class)
        .hasMessageContaining("YJ-2025-99999");
  }

  @Test
  @DisplayName(
      "one subject whose warning cannot be read is reported; the scan raises the others all the same")
  void one_failing_subject_does_not_stop_the_scan() {
    for (int i = 0; i < 5; i++) {
      source.upsert(petition("P" + i, T.minus(Duration.ofDays(i))));
    }
    source.upsert(
        MatterFact.registered(
                MatterId.of("G1"), MatterKind.DISPUTE, "劳动争议", DivisionCode.of("331121"), T)
            .partyCount(35)
            .assigned(HRSS, T, T.plus(Duration.ofDays(1)))
            .build());
    WarningRepository failing =
        new WarningRepository() {
          @Override
          public void save(Warning warning) {
            repo.save(warning);
          }

          @Override
          public java.util.Optional<Warning> find(WarningId id) {
            return repo.find(id);
          }

          @Override
          public java.util.Optional<Warning> openAbout(WarningSubject subject) {
            if (subject.kind() == WarningSubject.Kind.PERSON) {
              throw new IllegalStateException("row unreadable");
            }
            return repo.openAbout(subject);
          }

          @Override
          public List<Warning> all() {
            return repo.all();
          }

          @Override
          public List<WarningId> ids() {
            return repo.ids();
          }
        };
    WarningService service =
        new WarningService(
            source,
            WarningModel.defaults(),
            failing,
            ids,
            publisher,
            new OwnerPolicy(DESK, Map.of()),
            WarningLevel.ORANGE,
            events,
            audit,
            Clock.fixed(T.plusSeconds(60), ZONE));

    org.db3311.sgc.core.common.SweepResult<Warning> r = service.sweep();

    assertThat(r.items())
        .extracting(Warning::subject)
        .containsExactly(new WarningSubject(WarningSubject.Kind.MATTER, "G1"));
    assertThat(r.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.item()).isEqualTo("PERSON:zhang");
              assertThat(f.reason()).contains("row unreadable");
            });
    assertThat(repo.all())
        .extracting(Warning::subject)
        .doesNotContain(new WarningSubject(WarningSubject.Kind.PERSON, "zhang"));
  }

  @Test
  @DisplayName("a warning that cannot be read is reported by the open view; the others are shown")
  void one_unreadable_warning_does_not_hide_the_others() {
    for (int i = 0; i < 5; i++) {
      source.upsert(petition("P" + i, T.minus(Duration.ofDays(i))));
    }
    source.upsert(
        MatterFact.registered(
                MatterId.of("G1"), MatterKind.DISPUTE, "劳动争议", DivisionCode.of("331121"), T)
            .partyCount(35)
            .assigned(HRSS, T, T.plus(Duration.ofDays(1)))
            .build());
    List<Warning> raised = at(T.plusSeconds(60)).scan();
    assertThat(raised).hasSize(2);
    WarningId bad = raised.get(0).id();
    WarningRepository failing =
        new WarningRepository() {
          @Override
          public void save(Warning warning) {
            repo.save(warning);
          }

          @Override
          public java.util.Optional<Warning> find(WarningId id) {
            if (id.equals(bad)) {
              throw new IllegalStateException("corrupt row " + id);
            }
            return repo.find(id);
          }

          @Override
          public java.util.Optional<Warning> openAbout(WarningSubject subject) {
            return repo.openAbout(subject);
          }

          @Override
          public List<Warning> all() {
            throw new IllegalStateException("corrupt row " + bad);
          }

          @Override
          public List<WarningId> ids() {
            return repo.ids();
          }
        };
    WarningService service =
        new WarningService(
            source,
            WarningModel.defaults(),
            failing,
            ids,
            publisher,
            new OwnerPolicy(DESK, Map.of()),
            WarningLevel.ORANGE,
            events,
            audit,
            Clock.fixed(T.plusSeconds(120), ZONE));

    org.db3311.sgc.core.common.SweepResult<Warning> view = service.openView();

    assertThat(view.items()).extracting(Warning::id).containsExactly(raised.get(1).id());
    assertThat(view.failed()).extracting(f -> f.item()).containsExactly(bad.value());
  }
}
