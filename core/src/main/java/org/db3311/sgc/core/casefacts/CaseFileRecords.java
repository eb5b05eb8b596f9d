package org.db3311.sgc.core.casefacts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.db3311.sgc.core.archive.ArchiveRecord;
import org.db3311.sgc.core.archive.CompletenessPolicy;
import org.db3311.sgc.core.archive.FileHeader;
import org.db3311.sgc.core.archive.RecordType;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.EventState;
import org.db3311.sgc.core.eventhandling.GovernanceEventSnapshot;
import org.db3311.sgc.core.followup.FollowUpSnapshot;
import org.db3311.sgc.core.followup.FollowUpState;
import org.db3311.sgc.core.followup.ResultNotice;
import org.db3311.sgc.core.followup.SurveyAnswer;
import org.db3311.sgc.core.intake.Category;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.Handling;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.SupplementItem;
import org.db3311.sgc.core.intake.SupplementNotice;
import org.db3311.sgc.core.mediation.MediationAgreement;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.MediationSnapshot;
import org.db3311.sgc.core.supervision.SupervisionState;

/**
 * A closed matter's electronic file (7.3.2) from its trace and its audit trail: registration,
 * materials, every decision (intake, routing or triage, closure), mediation records and agreement,
 * handling reports, the review of an event, the notices to the parties, the follow-up so far, and
 * every audit entry of the matter's aggregates. Filed under the unit that handled it (谁承办谁负责).
 *
 * <p>A matter's file is sealed once it is closed, its parties were told the result (6.2.1.4.1) and
 * its supervision file, if it had one, was completed; a matter handled as a social-governance event
 * only once the event was archived, which its workflow allows only after the review and the result
 * report (6.3.1.3). A sealed file is never replaced: when a reopened matter closes again, its next
 * round is sealed as {@code <number>/R2}, {@code /R3}…, each with the whole trail up to then.
 */
@Implements({"7.3.2", "6.3.1.3"})
public final class CaseFileRecords {

  private CaseFileRecords() {}

  /**
   * The default completeness rule (registration, decision, notice, audit trail) and, for the
   * taxonomy's event categories, the review as well (6.3.1.3).
   */
  public static CompletenessPolicy completeness(CategoryTaxonomy taxonomy) {
    CompletenessPolicy policy = CompletenessPolicy.standard();
    Set<RecordType> events = EnumSet.copyOf(CompletenessPolicy.DEFAULT_REQUIRED);
    events.add(RecordType.REVIEW);
    for (Category c : taxonomy.all()) {
      if (c.kind() == Category.Kind.EVENT) {
        policy = policy.withCategory(c.code(), events);
      }
    }
    return policy;
  }

  /** The id of the file due to be sealed now, if the matter has reached that point. */
  static Optional<String> fileDue(MatterTrace t) {
    Optional<MatterSnapshot> ms = t.matterSnapshot();
    if (ms.isEmpty() || ms.get().state() != MatterState.CLOSED) {
      return Optional.empty();
    }
    MatterSnapshot m = ms.get();
    int round = m.reopenCount() + 1;
    boolean told =
        Optional.ofNullable(t.followUps().get(round))
            .map(f -> f.snapshot().state() != FollowUpState.PENDING_NOTICE)
            .orElse(false);
    boolean supervisionDone =
        t.supervision()
            .map(f -> f.snapshot().state().column() == SupervisionState.Column.COMPLETED)
            .orElse(true);
    boolean asEvent =
        m.handling().map(h -> h.track() == Handling.Track.EVENT_HANDLING).orElse(false);
    // the event must be archived in the matter's own round (6.3.1.3): an archive of an earlier
    // round must not seal the file of a reopened matter before its new review
    boolean reviewed =
        !asEvent
            || t.event()
                .map(
                    e ->
                        e.snapshot().state() == EventState.ARCHIVED
                            && e.snapshot().round() == round)
                .orElse(false);
    String fileId = round == 1 ? m.number().toString() : m.number() + "/R" + round;
    if (!told || !supervisionDone || !reviewed || t.sealedFiles().contains(fileId)) {
      return Optional.empty();
    }
    return Optional.of(fileId);
  }

  /** Every audit entry of the matter's aggregates, aggregate by aggregate, each oldest first. */
  static List<AuditEntry> auditOf(MatterTrace t, AuditTrail audit) {
    String n = t.matter().toString();
    List<AuditEntry> out = new ArrayList<>(audit.of("Matter", n));
    out.addAll(audit.of("SupervisionFile", n));
    for (Tracked<MediationSnapshot> m : t.mediations().values()) {
      out.addAll(audit.of("Mediation", m.snapshot().id().toString()));
    }
    out.addAll(audit.of("GovernanceEvent", n));
    for (Tracked<FollowUpSnapshot> f : t.followUps().values()) {
      out.addAll(audit.of("FollowUp", f.snapshot().id().toString()));
    }
    return out;
  }

  static FileHeader header(MatterTrace t, String fileId, ProjectionSettings s) {
    MatterSnapshot m = t.matterSnapshot().orElseThrow();
    UnitId unit =
        t.supervision()
            .map(f -> f.snapshot().unit())
            .or(() -> t.event().flatMap(e -> e.snapshot().lead()))
            .orElse(s.intakeUnit());
    LocalDate closedOn = LocalDate.ofInstant(m.closedAt().orElseThrow(), s.zone());
    return new FileHeader(
        fileId, m.registration().description(), m.registration().categoryCode(), unit, closedOn);
  }

  static List<ArchiveRecord> records(MatterTrace t, List<AuditEntry> audit) {
    MatterSnapshot m = t.matterSnapshot().orElseThrow();
    String n = m.number().toString();
    Authors authors = new Authors(audit);
    List<ArchiveRecord> out = new ArrayList<>();
    Registration r = m.registration();
    Lines reg =
        new Lines()
            .put("number", n)
            .put("channel", r.channel().name())
            .put("source", r.source().map(Object::toString).orElse(""))
            .put("preference", r.preference().map(Enum::name).orElse(""))
            .put("category", r.categoryCode())
            .put("county", r.place().county().value())
            .put("township", r.place().township().orElse(""))
            .put("townshipCode", r.place().townshipCode().map(Object::toString).orElse(""))
            .put("villageCode", r.place().villageCode().map(Object::toString).orElse(""))
            .put("address", r.place().address())
            .put("occurredAt", r.occurredAt().map(Object::toString).orElse(""))
            .put("cause", r.cause().orElse(""))
            .put("description", r.description());
    for (MatterParty p : r.parties()) {
      reg.put("party", partyLine(p));
    }
    m.links().forEach(l -> reg.put("linked", l.earlier() + " " + l.reason()));
    m.warnings().forEach(w -> reg.put("warning", w));
    out.add(
        record(
            RecordType.REGISTRATION,
            "登记 " + n,
            m.registeredAt(),
            authors.of("Matter", n, "REGISTER"),
            Map.of("category", r.categoryCode(), "channel", r.channel().name()),
            reg));
    for (Material mat : m.materials()) {
      out.add(
          record(
              RecordType.MATERIAL,
              "材料 " + mat.id() + " " + mat.kind().nameZh(),
              mat.submittedAt(),
              authors.at("Matter", n, mat.submittedAt()),
              Map.of("materialId", Integer.toString(mat.id()), "kind", mat.kind().code()),
              new Lines().put("description", mat.description())));
    }
    for (SupplementNotice notice : m.notices()) {
      Lines items = new Lines();
      for (SupplementItem i : notice.items()) {
        items.put("item", i.key() + " " + i.reason());
      }
      out.add(
          record(
              RecordType.NOTICE,
              "一次性告知 " + notice.number(),
              notice.issuedAt(),
              authors.at("Matter", n, notice.issuedAt()),
              Map.of("notice", Integer.toString(notice.number())),
              items));
    }
    t.acceptedAt()
        .ifPresent(
            at ->
                out.add(
                    record(
                        RecordType.DECISION,
                        "受理 " + n,
                        at,
                        authors.of("Matter", n, "ACCEPT"),
                        Map.of("decision", "ACCEPT"),
                        new Lines().put("decision", "accepted on the spot"))));
    for (Tracked<MediationSnapshot> tracked : t.mediations().values()) {
      mediationRecords(tracked.snapshot(), authors, out);
    }
    t.event().ifPresent(e -> eventRecords(e.snapshot(), authors, out));
    m.result()
        .ifPresent(
            result ->
                out.add(
                    record(
                        RecordType.DECISION,
                        "办结 " + n,
                        m.closedAt().orElseThrow(),
                        authors.last("Matter", n, "CLOSE"),
                        Map.of("decision", "CLOSE", "outcome", result.outcome().name()),
                        new Lines()
                            .put("outcome", result.outcome().name())
                            .put("summary", result.summary())
                            .put("reopened", Integer.toString(m.reopenCount())))));
    for (Tracked<FollowUpSnapshot> tracked : t.followUps().values()) {
      FollowUpSnapshot f = tracked.snapshot();
      String id = f.id().toString();
      for (ResultNotice notice : f.notices()) {
        out.add(
            record(
                RecordType.NOTICE,
                "办理结果告知 " + notice.party(),
                notice.sentAt(),
                authors.of("FollowUp", id, "NOTIFY_RESULT"),
                Map.of("followUp", id, "channel", notice.channel().name()),
                new Lines()
                    .put("party", notice.party())
                    .put("channel", notice.channel().name())
                    .put("delivery", notice.deliveryId())
                    .put("result", f.result().summary())));
      }
      for (SurveyAnswer a : f.answers()) {
        out.add(
            record(
                RecordType.FOLLOW_UP,
                "回访 " + a.respondent(),
                a.at(),
                authors.at("FollowUp", id, a.at()),
                Map.of("followUp", id, "answer", a.answer().name()),
                new Lines()
                    .put("respondent", a.respondent())
                    .put("method", a.method().name())
                    .put("answer", a.answer().name())
                    .put("comment", a.comment())));
      }
    }
    audit.forEach(e -> out.add(ArchiveRecord.ofAudit(e)));
    return out;
  }

  private static void mediationRecords(
      MediationSnapshot s, Authors authors, List<ArchiveRecord> out) {
    String id = s.id().toString();
    s.routing()
        .ifPresent(
            d ->
                out.add(
                    record(
                        RecordType.DECISION,
                        "调解分流 " + id,
                        authors.timeOf("Mediation", id, "ROUTE").orElse(s.openedAt()),
                        authors.of("Mediation", id, "ROUTE"),
                        Map.of("decision", "ROUTE", "lead", d.venue().lead().value()),
                        new Lines()
                            .put("venue", d.venue().toString())
                            .put("rule", d.rule())
                            .put("explanation", d.explanation()))));
    for (MediationRecord rec : s.records()) {
      Lines l =
          new Lines()
              .put("place", rec.place())
              .put("mediator", rec.mediator())
              .put("recorder", rec.recorder())
              .put("participants", String.join("、", rec.participants()))
              .put("factsVerified", rec.factsVerified())
              .put("riskWarning", rec.riskWarning());
      new TreeMap<>(rec.statements()).forEach((who, said) -> l.put("statement", who + "：" + said));
      l.put("signatures", String.join("、", rec.signatures()));
      out.add(
          record(
              RecordType.RECORD,
              "调解笔录 " + id,
              rec.heldAt(),
              authors.of("Mediation", id, "HOLD_SESSION"),
              Map.of("mediation", id),
              l));
    }
    s.agreement()
        .ifPresent(
            a -> {
              Lines l =
                  new Lines()
                      .put("parties", String.join("、", a.parties()))
                      .put("facts", a.facts())
                      .put("disputedMatters", a.disputedMatters())
                      .put("responsibility", a.responsibility());
              for (MediationAgreement.Obligation o : a.obligations()) {
                l.put(
                    "obligation",
                    o.party()
                        + "："
                        + o.content()
                        + "，"
                        + o.manner()
                        + "，"
                        + o.place()
                        + "，"
                        + o.due());
              }
              l.put("oral", Boolean.toString(a.oral()))
                  .put("mediator", a.mediator())
                  .put("effectiveOn", a.effectiveOn().toString());
              out.add(
                  record(
                      RecordType.AGREEMENT,
                      "调解协议 " + id,
                      authors.timeOf("Mediation", id, "REACH_AGREEMENT").orElse(s.openedAt()),
                      authors.of("Mediation", id, "REACH_AGREEMENT"),
                      Map.of("mediation", id),
                      l));
            });
    if (s.failureReason().isPresent() || s.filingReference().isPresent()) {
      out.add(
          record(
              RecordType.DECISION,
              "调解终结 " + id,
              authors
                  .timeOf("Mediation", id, "REFER_TO_LITIGATION")
                  .or(() -> authors.timeOf("Mediation", id, "FAIL"))
                  .orElse(s.openedAt()),
              authors.of("Mediation", id, "FAIL"),
              Map.of("decision", "FAIL"),
              new Lines()
                  .put("failure", s.failureReason().orElse(""))
                  .put("routesTold", s.routesTold().orElse(""))
                  .put("litigationFiling", s.filingReference().orElse(""))));
    }
  }

  private static void eventRecords(
      GovernanceEventSnapshot e, Authors authors, List<ArchiveRecord> out) {
    String n = e.matter().toString();
    e.scope()
        .ifPresent(
            scope -> {
              Optional<AuditEntry> triage =
                  authors.lastOf(
                      "GovernanceEvent",
                      n,
                      Set.of("ASSIGN", "ESCALATE_TO_DUTY_LEADER", "REPORT_TO_CITY"));
              out.add(
                  record(
                      RecordType.DECISION,
                      "事件分级分流 " + n,
                      triage.map(AuditEntry::at).orElse(e.receivedAt()),
                      triage.map(AuditEntry::actor).orElse(Actor.SYSTEM),
                      Map.of("decision", "TRIAGE", "scope", scope.name()),
                      new Lines()
                          .put("scope", scope.name())
                          .put(
                              "units",
                              String.join("、", e.units().stream().map(UnitId::value).toList()))
                          .put("lead", e.lead().map(UnitId::value).orElse(""))
                          .put("dutyLeader", e.dutyLeader().map(d -> d.name()).orElse(""))
                          .put("cityReference", e.cityReference().orElse(""))));
            });
    List<AuditEntry> reports = authors.all("GovernanceEvent", n, "REPORT_HANDLED");
    for (int i = 0; i < e.handlingReports().size(); i++) {
      Optional<AuditEntry> entry =
          i < reports.size() ? Optional.of(reports.get(i)) : Optional.empty();
      out.add(
          record(
              RecordType.RECORD,
              "处置情况 " + (i + 1),
              entry.map(AuditEntry::at).orElse(e.receivedAt()),
              entry.map(AuditEntry::actor).orElse(Actor.SYSTEM),
              Map.of("event", n),
              new Lines().put("report", e.handlingReports().get(i))));
    }
    e.review()
        .ifPresent(
            review -> {
              Lines l =
                  new Lines()
                      .put("assessment", review.assessment())
                      .put("reviewedBy", review.reviewedBy());
              review.lessons().forEach(x -> l.put("lesson", x));
              l.put("resultReport", e.resultReport().orElse(""));
              out.add(
                  record(
                      RecordType.REVIEW,
                      "复盘评估 " + n,
                      authors.timeOf("GovernanceEvent", n, "REVIEW").orElse(e.receivedAt()),
                      authors.of("GovernanceEvent", n, "REVIEW"),
                      Map.of("event", n),
                      l));
            });
  }

  private static String partyLine(MatterParty p) {
    Party party = p.party();
    String identity =
        switch (party) {
          case Party.Citizen c -> c.idNumber().map(i -> "id " + i.value()).orElse("id -");
          case Party.Organisation o -> "credit code " + o.creditCode().value();
        };
    return p.role()
        + " "
        + party.name()
        + " "
        + identity
        + " "
        + party.phone().map(ph -> ph.value()).orElse("-");
  }

  private static ArchiveRecord record(
      RecordType type,
      String title,
      Instant at,
      Actor author,
      Map<String, String> metadata,
      Lines content) {
    return new ArchiveRecord(type, title, at, author, new TreeMap<>(metadata), content.bytes());
  }

  /** Finds who did something, and when, in the matter's audit entries. */
  private record Authors(List<AuditEntry> entries) {

    Actor of(String type, String id, String action) {
      return first(type, id, action).map(AuditEntry::actor).orElse(Actor.SYSTEM);
    }

    Actor last(String type, String id, String action) {
      List<AuditEntry> all = all(type, id, action);
      return all.isEmpty() ? Actor.SYSTEM : all.getLast().actor();
    }

    Actor at(String type, String id, Instant at) {
      return entries.stream()
          .filter(e -> e.aggregateType().equals(type) && e.aggregateId().equals(id))
          .filter(e -> e.at().equals(at))
          .map(AuditEntry::actor)
          .findFirst()
          .orElse(Actor.SYSTEM);
    }

    Optional<Instant> timeOf(String type, String id, String action) {
      return first(type, id, action).map(AuditEntry::at);
    }

    Optional<AuditEntry> first(String type, String id, String action) {
      return all(type, id, action).stream().findFirst();
    }

    Optional<AuditEntry> lastOf(String type, String id, Set<String> actions) {
      AuditEntry found = null;
      for (AuditEntry e : entries) {
        if (e.aggregateType().equals(type)
            && e.aggregateId().equals(id)
            && actions.contains(e.action())) {
          found = e;
        }
      }
      return Optional.ofNullable(found);
    }

    List<AuditEntry> all(String type, String id, String action) {
      return entries.stream()
          .filter(e -> e.aggregateType().equals(type) && e.aggregateId().equals(id))
          .filter(e -> e.action().equals(action))
          .toList();
    }
  }

  /** A record's content: one {@code key: value} line per item, in the order given, UTF-8. */
  private static final class Lines {
    private final StringBuilder text = new StringBuilder();

    Lines put(String key, String value) {
      text.append(key).append(": ").append(value.replace('\n', ' ')).append('\n');
      return this;
    }

    byte[] bytes() {
      return text.toString().getBytes(StandardCharsets.UTF_8);
    }
  }
}
