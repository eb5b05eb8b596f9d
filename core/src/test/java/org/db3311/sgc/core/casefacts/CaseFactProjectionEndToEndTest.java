package org.db3311.sgc.core.casefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.casefacts.CaseworkRig.CLERK;
import static org.db3311.sgc.core.casefacts.CaseworkRig.DISPATCHER;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.archive.ArchiveRecord;
import org.db3311.sgc.core.archive.RecordType;
import org.db3311.sgc.core.archive.SealVerifier;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.archive.SealedFileCodec;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.evaluation.EvaluationService;
import org.db3311.sgc.core.evaluation.EvaluationSheet;
import org.db3311.sgc.core.evaluation.InMemoryPublishedFigureStore;
import org.db3311.sgc.core.evaluation.MetricDefinitions;
import org.db3311.sgc.core.evaluation.MetricKind;
import org.db3311.sgc.core.evaluation.Period;
import org.db3311.sgc.core.evaluation.Rate;
import org.db3311.sgc.core.eventhandling.EventReview;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.facts.EscalationLevel;
import org.db3311.sgc.core.facts.IntakeChannel;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.facts.PersonKey;
import org.db3311.sgc.core.facts.SurveyAnswer;
import org.db3311.sgc.core.followup.ConcludeFollowUpUseCase;
import org.db3311.sgc.core.followup.FollowUpId;
import org.db3311.sgc.core.followup.RecordSurveyUseCase;
import org.db3311.sgc.core.followup.Satisfaction;
import org.db3311.sgc.core.followup.SurveyMethod;
import org.db3311.sgc.core.intake.CloseMatterUseCase;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.CloseMediationUseCase;
import org.db3311.sgc.core.mediation.ConcludeMediationUseCase;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;
import org.db3311.sgc.core.warning.InMemoryWarningPublisher;
import org.db3311.sgc.core.warning.InMemoryWarningRepository;
import org.db3311.sgc.core.warning.OwnerPolicy;
import org.db3311.sgc.core.warning.RepeatPetitionRule;
import org.db3311.sgc.core.warning.Thresholds;
import org.db3311.sgc.core.warning.Warning;
import org.db3311.sgc.core.warning.WarningLevel;
import org.db3311.sgc.core.warning.WarningModel;
import org.db3311.sgc.core.warning.WarningService;
import org.db3311.sgc.core.warning.WarningSubject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Casework and analysis joined: the real casework services raise their events, the projection turns
 * them into facts and sealed files, and the command side reads the facts.
 */
@DisplayName("Casework events feed the analysis read model and the archive")
class CaseFactProjectionEndToEndTest {

  static final String ID_NUMBER = "11010519491231002X";
  static final Party WORKER = Party.Citizen.of("张三", ID_NUMBER, "13905781234");
  static final Party FIRM = Party.Organisation.of("丽水某建筑有限公司", "91512081MA62K0260E", null);
  static final UnitId LABOUR = UnitId.of("county-labour-arbitration");

  final CaseworkRig rig = new CaseworkRig("2026-03-02T09:00");

  /** Register → accept → route → mediate → close, with the clock moving as it would. */
  RegistrationNumber mediatedDispute() {
    RegistrationNumber n = rig.registerDispute(WORKER, FIRM, "dispute.labour");
    rig.clock.advance(Duration.ofMinutes(30));
    rig.accept(n);
    MediationCaseId id = rig.consentedMediation(n);
    rig.inSession(id, "2026-03-02T10:00", "2026-03-03T10:00", "2026-03-05T10:00");
    rig.mediation.conclude(
        new ConcludeMediationUseCase.Command(
            id,
            new ConcludeMediationUseCase.Outcome.Agreement(
                CaseworkRig.agreement("张三", "丽水某建筑有限公司", LocalDate.of(2026, 3, 5))),
            CLERK));
    rig.clock.set("2026-03-05T11:00");
    rig.mediation.close(new CloseMediationUseCase.Command(id, CLERK));
    return n;
  }

  void survey(RegistrationNumber n, int round, Satisfaction answer) {
    rig.followUp.record(
        new RecordSurveyUseCase.Command(
            new FollowUpId(n, round), "张三", SurveyMethod.PHONE, answer, "", CLERK));
  }

  MatterFact fact(RegistrationNumber n) {
    return rig.facts.find(MatterId.of(n.toString())).orElseThrow();
  }

  static Instant at(String local) {
    return java.time.LocalDateTime.parse(local).atZone(MutableClock.ZONE).toInstant();
  }

  @Nested
  @DisplayName("a mediated labour dispute")
  class MediatedDispute {

    @Test
    @DisplayName("becomes a fact with every step of its history, keyed without the ID number")
    void the_fact_follows_the_matter() {
      RegistrationNumber n = mediatedDispute();
      rig.clock.set("2026-03-06T10:00");
      survey(n, 1, Satisfaction.SATISFIED);

      MatterFact f = fact(n);
      assertThat(f.kind()).isEqualTo(MatterKind.DISPUTE);
      assertThat(f.category()).isEqualTo("dispute.labour");
      assertThat(f.channel()).isEqualTo(IntakeChannel.WINDOW);
      assertThat(f.place().value()).isEqualTo("331121");
      assertThat(f.registeredAt()).isEqualTo(at("2026-03-02T09:00"));
      assertThat(f.acceptedAt()).contains(at("2026-03-02T09:30"));
      assertThat(f.handlingUnit()).contains(LABOUR);
      assertThat(f.assignedAt()).contains(at("2026-03-02T10:00"));
      assertThat(f.responseDueAt()).contains(at("2026-03-04T00:00").minusNanos(1));
      assertThat(f.signedForAt()).contains(at("2026-03-03T10:00"));
      assertThat(f.handlingDueAt()).contains(at("2026-03-18T00:00").minusNanos(1));
      assertThat(f.handlingMethod()).isEqualTo("部门调处");
      assertThat(f.closedAt()).contains(at("2026-03-05T11:00"));
      assertThat(f.outcome()).contains(Outcome.RESOLVED);
      assertThat(f.partyCount()).isEqualTo(2);
      assertThat(f.applicants()).hasSize(1);
      assertThat(f.survey().orElseThrow().answer()).isEqualTo(SurveyAnswer.SATISFIED);
      assertThat(f.escalation()).isEqualTo(EscalationLevel.LOCAL);
      assertThat(f.toString()).doesNotContain(ID_NUMBER).doesNotContain("13905781234");
      assertThat(f.applicants().iterator().next().value()).startsWith("pk-");
    }

    @Test
    @Implements({"8.2.5", "R8"})
    @DisplayName(
        "8.2.5 统一考核 — the handling unit's R8 figures count it as responded, handled on time, satisfied")
    void the_unit_is_evaluated_from_the_facts() {
      RegistrationNumber n = mediatedDispute();
      rig.clock.set("2026-03-06T10:00");
      survey(n, 1, Satisfaction.BASICALLY_SATISFIED);

      EvaluationSheet sheet =
          new EvaluationService(
                  rig.facts,
                  MetricDefinitions.r8Defaults(),
                  new InMemoryPublishedFigureStore(),
                  rig.clock)
              .sheet(Period.month(YearMonth.of(2026, 3), MutableClock.ZONE));

      Map<MetricKind, Rate> labour = sheet.departments().get(LABOUR);
      assertThat(labour.get(MetricKind.RESPONSE_RATE)).isEqualTo(new Rate(1, 1));
      assertThat(labour.get(MetricKind.HANDLING_RATE)).isEqualTo(new Rate(1, 1));
      assertThat(labour.get(MetricKind.ON_TIME_HANDLING_RATE)).isEqualTo(new Rate(1, 1));
      assertThat(labour.get(MetricKind.SATISFACTION_RATE)).isEqualTo(new Rate(1, 1));
    }

    @Test
    @Implements("6.5.1")
    @DisplayName(
        "6.5.1 — the same person coming back with a petition raises a repeat-petition warning")
    void a_repeat_petition_is_warned_about() {
      RegistrationNumber dispute = mediatedDispute();
      rig.clock.set("2026-03-10T09:00");
      RegistrationNumber petition =
          rig.intake
              .register(
                  new RegisterMatterUseCase.Command(
                      CaseworkRig.event(WORKER, "event.petition"), CLERK))
              .number();
      WarningService warnings =
          new WarningService(
              rig.facts,
              new WarningModel(
                  List.of(
                      new RepeatPetitionRule(
                          Duration.ofDays(30),
                          EnumSet.of(MatterKind.DISPUTE, MatterKind.PETITION),
                          Thresholds.of(2, WarningLevel.BLUE)))),
              new InMemoryWarningRepository(),
              new InMemorySequenceGenerator(),
              new InMemoryWarningPublisher(),
              new OwnerPolicy(UnitId.of("risk-desk"), Map.of()),
              WarningLevel.ORANGE,
              rig.events,
              rig.audit,
              rig.clock);

      List<Warning> raised = warnings.scan();

      PersonKey worker = fact(dispute).applicants().iterator().next();
      assertThat(fact(petition).applicants()).containsExactly(worker);
      assertThat(fact(petition).kind()).isEqualTo(MatterKind.PETITION);
      assertThat(raised).hasSize(1);
      assertThat(raised.getFirst().subject())
          .isEqualTo(new WarningSubject(WarningSubject.Kind.PERSON, worker.value()));
      assertThat(raised.getFirst().matters())
          .containsExactly(MatterId.of(dispute.toString()), MatterId.of(petition.toString()));
      assertThat(raised.getFirst().level()).isEqualTo(WarningLevel.BLUE);
    }

    @Test
    @Implements("7.3.2")
    @DisplayName(
        "7.3.2 — on closure its electronic file is sealed, verifies, and reveals a one-byte change")
    void the_closed_matter_is_archived_and_sealed() {
      RegistrationNumber n = mediatedDispute();

      SealedFile file = rig.archive.find(n.toString()).orElseThrow();
      assertThat(file.header().handlingUnit()).isEqualTo(LABOUR);
      assertThat(file.header().category()).isEqualTo("dispute.labour");
      assertThat(file.header().closedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
      assertThat(file.sealedBy()).isEqualTo(CaseworkRig.ARCHIVIST);
      List<ArchiveRecord> records = file.records().stream().map(r -> r.record()).toList();
      assertThat(records)
          .extracting(ArchiveRecord::type)
          .contains(
              RecordType.REGISTRATION,
              RecordType.MATERIAL,
              RecordType.DECISION,
              RecordType.RECORD,
              RecordType.AGREEMENT,
              RecordType.NOTICE,
              RecordType.AUDIT_ENTRY);
      assertThat(records.stream().filter(r -> r.type() == RecordType.NOTICE)).hasSize(2);
      assertThat(records)
          .as("7.3.2: a mediation that reached agreement has no record of failure")
          .noneMatch(r -> r.title().startsWith("调解终结"));
      assertThat(records.stream().filter(r -> r.type() == RecordType.AUDIT_ENTRY))
          .hasSize(
              rig.audit.all().stream()
                  .filter(e -> e.aggregateId().startsWith(n.toString()))
                  .filter(e -> !e.aggregateType().equals("ElectronicFile"))
                  .toList()
                  .size());
      assertThat(rig.audit.of("ElectronicFile", n.toString()))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.action()).isEqualTo("SEAL");
                assertThat(e.actor()).isEqualTo(CaseworkRig.ARCHIVIST);
                assertThat(e.detail()).contains(file.seal().hex());
              });

      SealVerifier verifier = new SealVerifier();
      assertThat(verifier.verify(file).intact()).isTrue();
      assertThat(rig.archiving.verifyAll().intact()).isTrue();
      byte[] exported = SealedFileCodec.encode(file);
      assertThat(verifier.verifyExport(exported).intact()).isTrue();
      int at = indexOf(exported, "拖欠工资".getBytes(StandardCharsets.UTF_8));
      byte[] tampered = exported.clone();
      tampered[at] ^= 0x01;
      assertThat(verifier.verifyExport(tampered).intact()).isFalse();
    }

    @Test
    @DisplayName("a dissatisfied answer reopens the fact; the next closure is sealed as round 2")
    void a_reopened_matter_gets_a_second_file() {
      RegistrationNumber n = mediatedDispute();
      rig.clock.set("2026-03-06T10:00");
      survey(n, 1, Satisfaction.DISSATISFIED);
      rig.followUp.reopen(new ConcludeFollowUpUseCase.Reopen(new FollowUpId(n, 1), "协议未履行", CLERK));

      assertThat(fact(n).isClosed()).isFalse();
      assertThat(fact(n).survey().orElseThrow().answer()).isEqualTo(SurveyAnswer.DISSATISFIED);

      rig.clock.set("2026-03-09T10:00");
      rig.intake.close(
          new CloseMatterUseCase.Command(
              n, new MatterResult(MatterResult.Outcome.RESOLVED, "公司已付清欠薪"), CLERK));

      assertThat(fact(n).closedAt()).contains(at("2026-03-09T10:00"));
      rig.clock.set("2026-03-10T10:00");
      survey(n, 2, Satisfaction.SATISFIED);
      assertThat(fact(n).surveys())
          .as("R8: both rounds' answers, oldest first")
          .extracting(r -> r.answer())
          .containsExactly(SurveyAnswer.DISSATISFIED, SurveyAnswer.SATISFIED);
      assertThat(rig.archive.find(n + "/R2")).as("sealed when supervision completes").isEmpty();
      rig.supervision.record(
          new TrackProgressUseCase.Command(
              n.toString(), new TrackProgressUseCase.Progress.ReportHandled("已付清"), CLERK));
      rig.supervision.record(
          new TrackProgressUseCase.Command(
              n.toString(), new TrackProgressUseCase.Progress.Complete(), CLERK));
      assertThat(rig.archive.find(n.toString())).isPresent();
      SealedFile second = rig.archive.find(n + "/R2").orElseThrow();
      assertThat(second.records().stream().map(r -> r.record().type()))
          .contains(RecordType.FOLLOW_UP);
      assertThat(rig.archiving.verifyAll().intact()).isTrue();
    }

    @Test
    @org.db3311.sgc.core.catalog.Implements("R8")
    @DisplayName(
        "R8: every assignment and every survey answer reaches the fact, not only the latest")
    void every_assignment_and_answer_reaches_the_fact() {
      RegistrationNumber n = rig.registerDispute(WORKER, FIRM, "dispute.labour");
      rig.clock.advance(Duration.ofMinutes(30));
      rig.accept(n);
      MediationCaseId id = rig.consentedMediation(n);
      rig.clock.set("2026-03-02T10:00");
      rig.route(id);
      org.db3311.sgc.core.common.UnitId first = fact(n).handlingUnit().orElseThrow();
      org.db3311.sgc.core.common.UnitId other =
          org.db3311.sgc.core.common.UnitId.of(first.value() + ".other");
      rig.clock.set("2026-03-02T11:00");
      rig.supervision.record(
          new TrackProgressUseCase.Command(
              n.toString(), new TrackProgressUseCase.Progress.Reassign(other, "不属本单位职责"), CLERK));
      rig.clock.set("2026-03-02T12:00");
      rig.supervision.record(
          new TrackProgressUseCase.Command(
              n.toString(), new TrackProgressUseCase.Progress.SignFor(), CLERK));

      MatterFact f = fact(n);
      assertThat(f.assignments())
          .extracting(a -> a.unit(), a -> a.signedForAt().isPresent())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(first, false),
              org.assertj.core.groups.Tuple.tuple(other, true));
      assertThat(f.handlingUnit()).contains(other);
    }

    @Test
    @DisplayName("delivering every event again changes no fact and seals nothing twice")
    void redelivery_changes_nothing() {
      RegistrationNumber n = mediatedDispute();
      rig.clock.set("2026-03-06T10:00");
      survey(n, 1, Satisfaction.SATISFIED);
      List<MatterFact> before = rig.facts.all().toList();
      List<DomainEvent> log = rig.events.published();

      log.forEach(rig.projection::on);

      assertThat(rig.facts.all().toList()).isEqualTo(before);
      assertThat(rig.archive.closedIn(2026)).hasSize(1);
      assertThat(rig.projection.archiveRefusals()).isEmpty();
    }

    @Test
    @DisplayName(
        "a file refused as incomplete is kept as a refusal, sealed by nobody, and the facts go on")
    void an_incomplete_file_is_a_refusal() {
      RegistrationNumber n = mediatedDispute();
      rig.clock.set("2026-03-06T10:00");
      survey(n, 1, Satisfaction.SATISFIED);
      // a county whose files must also hold a complaint, which a mediated dispute never has
      org.db3311.sgc.core.archive.InMemoryArchiveStore archive =
          new org.db3311.sgc.core.archive.InMemoryArchiveStore();
      org.db3311.sgc.core.archive.ArchivingService strict =
          new org.db3311.sgc.core.archive.ArchivingService(
              new org.db3311.sgc.core.archive.ElectronicFileAssembler(
                  org.db3311.sgc.core.archive.CompletenessPolicy.requiring(
                      EnumSet.of(RecordType.REGISTRATION, RecordType.COMPLAINT)),
                  MutableClock.ZONE),
              archive,
              new org.db3311.sgc.core.common.InMemoryDomainEventPublisher(),
              new org.db3311.sgc.core.common.InMemoryAuditTrail(),
              rig.clock);
      org.db3311.sgc.core.facts.InMemoryCaseFactSource facts =
          new org.db3311.sgc.core.facts.InMemoryCaseFactSource();
      CaseFactProjection projection =
          new CaseFactProjection(
              facts, new InMemoryMatterTraceRepository(), strict, rig.audit, rig.settings);

      projection.replay(rig.events.published());

      assertThat(projection.archiveRefusals()).hasSize(1);
      assertThat(archive.closedIn(2026)).isEmpty();
      assertThat(projection.failures()).isEmpty();
      assertThat(facts.all().toList()).isEqualTo(rig.facts.all().toList());
    }
  }

  @Nested
  @DisplayName("a social-governance event")
  class GovernanceEvent {

    static final UnitId WENXI = UnitId.of("wenxi-town");
    static final UnitId TRANSPORT = UnitId.of("county-transport");

    RegistrationNumber received() {
      return rig.receivedEvent();
    }

    void step(RegistrationNumber n, HandleEventUseCase.Step s) {
      rig.eventHandling.handle(new HandleEventUseCase.Command(n, s, DISPATCHER));
    }

    @Test
    @Implements({"6.3.1.3", "7.3.2"})
    @DisplayName(
        "6.3.1.3 — its file is sealed only once it was reviewed, its result reported and archived")
    void sealed_after_review() {
      RegistrationNumber n = received();
      rig.eventHandling.triage(
          new TriageEventUseCase.Command(n, TriageFacts.single(WENXI), DISPATCHER));
      rig.clock.advance(Duration.ofHours(2));
      step(n, new HandleEventUseCase.Step.SignFor());
      step(n, new HandleEventUseCase.Step.ReportHandled("护栏已修复"));
      step(
          n,
          new HandleEventUseCase.Step.Close(
              new MatterResult(MatterResult.Outcome.RESOLVED, "护栏已修复")));
      assertThat(rig.archive.find(n.toString())).isEmpty();
      step(
          n,
          new HandleEventUseCase.Step.Review(new EventReview("处置及时", List.of("加强桥梁巡查"), "中心主任")));
      step(n, new HandleEventUseCase.Step.ReportResult("已向县委政法委报告"));
      assertThat(rig.archive.find(n.toString())).isEmpty();

      step(n, new HandleEventUseCase.Step.Archive());

      SealedFile file = rig.archive.find(n.toString()).orElseThrow();
      assertThat(file.header().handlingUnit()).isEqualTo(WENXI);
      assertThat(file.records().stream().map(r -> r.record().type()))
          .contains(RecordType.REVIEW, RecordType.RECORD, RecordType.DECISION);
      MatterFact f = fact(n);
      assertThat(f.kind()).isEqualTo(MatterKind.SAFETY_HAZARD);
      assertThat(f.handlingMethod()).isEqualTo("部门处置");
      assertThat(f.escalation()).isEqualTo(EscalationLevel.LOCAL);
      assertThat(f.outcome()).contains(Outcome.RESOLVED);
    }

    @Test
    @DisplayName("a cross-department event led by the duty county leader counts as escalated")
    void escalation_reaches_the_fact() {
      RegistrationNumber n = received();
      rig.eventHandling.triage(
          new TriageEventUseCase.Command(
              n,
              new TriageFacts(
                  List.of(WENXI, TRANSPORT), Optional.of(TRANSPORT), false, true, false, false),
              DISPATCHER));

      MatterFact f = fact(n);
      assertThat(f.escalation()).isEqualTo(EscalationLevel.COUNTY_LEADER);
      assertThat(f.handlingUnit()).contains(TRANSPORT);
      assertThat(f.handlingMethod()).isEqualTo("领导协调处置");
    }
  }

  @Test
  @DisplayName(
      "a refused matter is closed as referred elsewhere; supervision of other subjects is ignored")
  void refusal_and_foreign_subjects() {
    RegistrationNumber n =
        rig.intake
            .register(
                new RegisterMatterUseCase.Command(
                    CaseworkRig.dispute(WORKER, FIRM, "dispute.contract"), CLERK))
            .number();
    rig.clock.advance(Duration.ofMinutes(10));
    rig.intake.decide(
        new DecideIntakeUseCase.Command(
            n,
            new DecideIntakeUseCase.Verdict.Refuse(
                new org.db3311.sgc.core.intake.Refusal("已起诉", "县人民法院")),
            CLERK));
    rig.supervision.open(
        new org.db3311.sgc.core.supervision.OpenSupervisionUseCase.Command(
            "ZD-2026-0001/wenxi", "网格建设", "guidance.grid_work", UnitId.of("wenxi-town"), CLERK));

    assertThat(fact(n).closedAt()).contains(at("2026-03-02T09:10"));
    assertThat(fact(n).outcome()).contains(Outcome.REFERRED);
    assertThat(fact(n).acceptedAt()).isEmpty();
    assertThat(rig.facts.size()).isEqualTo(1);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
