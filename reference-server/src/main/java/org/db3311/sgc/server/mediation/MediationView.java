package org.db3311.sgc.server.mediation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.core.mediation.Consent;
import org.db3311.sgc.core.mediation.MediationAgreement;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.MediationSnapshot;
import org.db3311.sgc.core.mediation.RoutingDecision;
import org.db3311.sgc.core.mediation.Session;
import org.db3311.sgc.core.mediation.Venue;

/** A mediation case (调解) as the API shows it. */
public record MediationView(
    String id,
    String matter,
    int attempt,
    String category,
    List<String> parties,
    String openedAt,
    String state,
    String suitabilityNote,
    List<ConsentView> consents,
    RoutingView routing,
    List<SessionView> sessions,
    List<RecordView> records,
    AgreementView agreement,
    String judicialConfirmationDue,
    boolean judicialConfirmationProvisional,
    String failureReason,
    String routesTold,
    String filingReference,
    OnwardView onward) {

  public record ConsentView(int party, String name, boolean agrees, boolean informed, String at) {
    static ConsentView of(Consent c) {
      return new ConsentView(c.party(), c.name(), c.agrees(), c.informed(), c.at().toString());
    }
  }

  /** Where routing sent the dispute: the venue's kind, lead unit and members, rule and why. */
  public record RoutingView(
      String venue, String lead, List<String> members, String rule, String explanation) {
    static RoutingView of(RoutingDecision d) {
      String kind =
          switch (d.venue()) {
            case Venue.ResponsibleDepartment x -> "RESPONSIBLE_DEPARTMENT";
            case Venue.JointMediation x -> "JOINT_MEDIATION";
            case Venue.MediationCommittee x -> "MEDIATION_COMMITTEE";
          };
      return new RoutingView(
          kind,
          d.venue().lead().value(),
          d.venue().participants().stream().map(u -> u.value()).sorted().toList(),
          d.rule(),
          d.explanation());
    }
  }

  /** A session: ONLINE with its video room, or OFFLINE at a place, perhaps booked by a party. */
  public record SessionView(
      String mode, String startsAt, String roomId, String joinUrl, String place, String bookedBy) {
    static SessionView of(Session s) {
      return switch (s) {
        case Session.Online o ->
            new SessionView(
                "ONLINE",
                o.startsAt().toString(),
                o.room().roomId(),
                o.room().joinUrl(),
                null,
                null);
        case Session.Offline f ->
            new SessionView(
                "OFFLINE",
                f.startsAt().toString(),
                null,
                null,
                f.place(),
                f.bookedBy().orElse(null));
      };
    }
  }

  public record RecordView(
      String heldAt,
      String place,
      String mediator,
      String recorder,
      List<String> participants,
      boolean rightsExplained,
      Map<String, String> statements,
      String factsVerified,
      String riskWarning,
      List<String> signatures) {
    static RecordView of(MediationRecord r) {
      return new RecordView(
          r.heldAt().toString(),
          r.place(),
          r.mediator(),
          r.recorder(),
          r.participants(),
          r.rightsExplained(),
          new TreeMap<>(r.statements()),
          r.factsVerified(),
          r.riskWarning(),
          r.signatures());
    }
  }

  public record AgreementView(
      List<String> parties,
      String facts,
      String disputedMatters,
      String responsibility,
      List<ObligationView> obligations,
      boolean oral,
      List<String> signedBy,
      String mediator,
      boolean sealed,
      String effectiveOn,
      int copies) {
    static AgreementView of(MediationAgreement a) {
      return new AgreementView(
          a.parties(),
          a.facts(),
          a.disputedMatters(),
          a.responsibility(),
          a.obligations().stream()
              .map(
                  o ->
                      new ObligationView(
                          o.party(), o.content(), o.manner(), o.place(), o.due().toString()))
              .toList(),
          a.oral(),
          a.signedBy().stream().sorted().toList(),
          a.mediator(),
          a.sealed(),
          a.effectiveOn().toString(),
          a.copies());
    }
  }

  public record ObligationView(
      String party, String content, String manner, String place, String due) {}

  public record OnwardView(String referral, String summary) {}

  public static MediationView of(MediationSnapshot s) {
    return new MediationView(
        s.id().toString(),
        s.id().matter().toString(),
        s.id().attempt(),
        s.categoryCode(),
        s.parties(),
        s.openedAt().toString(),
        s.state().name(),
        s.suitabilityNote().orElse(null),
        s.consents().stream().map(ConsentView::of).toList(),
        s.routing().map(RoutingView::of).orElse(null),
        s.sessions().stream().map(SessionView::of).toList(),
        s.records().stream().map(RecordView::of).toList(),
        s.agreement().map(AgreementView::of).orElse(null),
        s.judicialConfirmationDue().map(Object::toString).orElse(null),
        s.judicialConfirmationProvisional(),
        s.failureReason().orElse(null),
        s.routesTold().orElse(null),
        s.filingReference().orElse(null),
        s.onward().map(o -> new OnwardView(o.referral(), o.summary())).orElse(null));
  }
}
