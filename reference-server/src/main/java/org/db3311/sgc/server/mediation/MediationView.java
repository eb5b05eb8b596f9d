package org.db3311.sgc.server.mediation;

import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.mediation.Consent;
import org.db3311.sgc.core.mediation.MediationAgreement;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.MediationSnapshot;
import org.db3311.sgc.core.mediation.RoutingDecision;
import org.db3311.sgc.core.mediation.Session;

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
    static ConsentView of(Consent x) {
      return MediationViewMapper.INSTANCE.view(x);
    }
  }

  /** Where routing sent the dispute: the venue's kind, lead unit and members, rule and why. */
  public record RoutingView(
      String venue, String lead, List<String> members, String rule, String explanation) {
    static RoutingView of(RoutingDecision x) {
      return MediationViewMapper.INSTANCE.view(x);
    }
  }

  /** A session: ONLINE with its video room, or OFFLINE at a place, perhaps booked by a party. */
  public record SessionView(
      String mode, String startsAt, String roomId, String joinUrl, String place, String bookedBy) {
    static SessionView of(Session x) {
      return MediationViewMapper.INSTANCE.view(x);
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
    static RecordView of(MediationRecord x) {
      return MediationViewMapper.INSTANCE.view(x);
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
    static AgreementView of(MediationAgreement x) {
      return MediationViewMapper.INSTANCE.view(x);
    }
  }

  public record ObligationView(
      String party, String content, String manner, String place, String due) {}

  public record OnwardView(String referral, String summary) {}

  public static MediationView of(MediationSnapshot s) {
    return MediationViewMapper.INSTANCE.view(s);
  }
}
