package org.db3311.sgc.core.casefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The projection's own bookkeeping at its edges: a redelivered event changes nothing, a sealed file
 * is remembered, a rolled-back write is undone, and the settings a deployment gives.
 */
@DisplayName("The case-fact projection's trace and settings at their edges")
class CaseFactTraceEdgesTest {

  final CaseworkRig rig = new CaseworkRig("2026-03-02T09:00");

  RegistrationNumber registeredAndAccepted() {
    RegistrationNumber n =
        rig.registerDispute(CaseFactsEdgesTest.WORKER, CaseFactsEdgesTest.FIRM, "dispute.labour");
    rig.clock.set("2026-03-02T09:30");
    rig.accept(n);
    return n;
  }

  @Test
  @Implements("6.4.1.1")
  @DisplayName(
      "a matter event delivered again, or older than what the trace holds, changes nothing: the"
          + " fact does not depend on how often events arrive")
  void a_redelivered_event_changes_nothing() {
    RegistrationNumber n = registeredAndAccepted();
    List<MatterEvent> events =
        rig.events.published(MatterEvent.class).stream().filter(e -> e.number().equals(n)).toList();
    assertThat(events).hasSizeGreaterThan(1);
    MatterTrace trace = MatterTrace.empty(n);
    for (MatterEvent e : events) {
      trace = trace.apply(e).orElseThrow();
    }
    assertThat(trace.acceptedAt()).isPresent();

    for (MatterEvent e : events) {
      assertThat(trace.apply(e)).as(e.action() + " again").isEmpty();
    }
  }

  @Test
  @Implements("7.3.2")
  @DisplayName(
      "7.3.2: a file once sealed is remembered in the matter's trace, so it is not sealed again")
  void a_sealed_file_is_remembered() {
    CaseFileRecordsEdgesTest files = new CaseFileRecordsEdgesTest();
    RegistrationNumber n = files.failedDispute();
    CaseworkRig sealed = files.rig;

    assertThat(sealed.archive.find(n.toString())).isPresent();
    MatterTrace trace = sealed.projection.trace(n).orElseThrow();
    assertThat(trace.sealedFiles()).containsExactly(n.toString());
    assertThat(CaseFileRecords.fileDue(trace)).isEmpty();
  }

  @Test
  @Implements("7.3.2")
  @DisplayName(
      "7.3.2: a file the archive already holds (sealed by another instance, or before the trace"
          + " store was restored) is remembered as sealed, neither refused nor sealed again")
  void a_file_already_in_the_archive_is_remembered_as_sealed() {
    CaseFileRecordsEdgesTest files = new CaseFileRecordsEdgesTest();
    RegistrationNumber n = files.failedDispute();
    CaseworkRig rig = files.rig;
    int ledger = rig.archive.ledger().entries().size();
    CaseFactProjection other =
        new CaseFactProjection(
            new InMemoryCaseFactSource(),
            new InMemoryMatterTraceRepository(),
            rig.archiving,
            rig.audit,
            rig.settings);

    other.replay(List.copyOf(rig.events.published()));

    assertThat(other.trace(n).orElseThrow().sealedFiles()).containsExactly(n.toString());
    assertThat(other.archiveRefusals()).isEmpty();
    assertThat(other.failures()).isEmpty();
    assertThat(rig.archive.ledger().entries()).hasSize(ledger);
  }

  @Test
  @DisplayName(
      "a trace written in a unit of work that fails is taken back, to what was there before")
  void a_rolled_back_trace_is_undone() {
    RegistrationNumber n = registeredAndAccepted();
    MatterTrace accepted = rig.projection.trace(n).orElseThrow();
    MatterTrace registered =
        MatterTrace.empty(n)
            .apply(rig.events.published(MatterEvent.class).getFirst())
            .orElseThrow();
    InMemoryMatterTraceRepository repo = new InMemoryMatterTraceRepository();
    InMemoryUnitOfWork unit = new InMemoryUnitOfWork();

    assertThatThrownBy(
            () ->
                unit.run(
                    () -> {
                      repo.save(registered);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(repo.find(n)).isEmpty();

    repo.save(registered);
    assertThatThrownBy(
            () ->
                unit.run(
                    () -> {
                      repo.save(accepted);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(repo.find(n)).contains(registered);
  }

  @Test
  @DisplayName("a person-key secret of 16 bytes is enough, one of 15 is refused")
  void a_person_key_secret_has_at_least_16_bytes() {
    assertThat(new PersonKeyer(new byte[16]).keyOf(CaseFactsEdgesTest.WORKER)).isPresent();
    assertThatThrownBy(() -> new PersonKeyer(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 bytes");
  }

  @Test
  @Implements("6.4.1.1")
  @DisplayName(
      "6.4.1.1: a deployment maps its own category prefix to a kind, the longest prefix winning")
  void a_deployment_adds_a_kind_mapping() {
    KindMapping m = KindMapping.defaults().with("dispute.labour.wage", MatterKind.PETITION);

    assertThat(m.kindOf("dispute.labour.wage.arrears")).isEqualTo(MatterKind.PETITION);
    assertThat(m.kindOf("dispute.labour")).isEqualTo(MatterKind.DISPUTE);
    assertThat(KindMapping.defaults().kindOf("dispute.labour.wage")).isEqualTo(MatterKind.DISPUTE);
  }

  @Test
  @DisplayName(
      "the default settings: the seed kinds, files of unnamed units under center-intake, sealed by"
          + " the system")
  void the_default_settings() {
    HolidayTableCalendar calendar = new HolidayTableCalendar();
    PersonKeyer keyer = new PersonKeyer(CaseworkRig.SECRET);

    ProjectionSettings s = ProjectionSettings.of(calendar, MutableClock.ZONE, keyer);

    assertThat(s.calendar()).isSameAs(calendar);
    assertThat(s.zone()).isEqualTo(MutableClock.ZONE);
    assertThat(s.persons()).isSameAs(keyer);
    assertThat(s.kinds().kindOf("event.petition")).isEqualTo(MatterKind.PETITION);
    assertThat(s.intakeUnit()).isEqualTo(UnitId.of("center-intake"));
    assertThat(s.archivist()).isEqualTo(Actor.SYSTEM);
  }
}
