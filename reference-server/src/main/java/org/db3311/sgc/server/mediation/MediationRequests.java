package org.db3311.sgc.server.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.mediation.ConcludeMediationUseCase;
import org.db3311.sgc.core.mediation.MediationAgreement;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.ScheduleSessionUseCase;
import org.db3311.sgc.server.http.Requests;

/** The request bodies of the mediation endpoints, and their conversion into the core's values. */
public final class MediationRequests {
  private MediationRequests() {}

  /** {@code POST /api/v1/mediations}: open mediation for an accepted dispute. */
  public record OpenRequest(String matter) {}

  /** {@code POST …/suitability}. */
  public record SuitabilityRequest(Boolean suitable, String reasons) {}

  /** {@code POST …/consents}: one party's answer; {@code party} is its position (from 0). */
  public record ConsentRequest(Integer party, Boolean agrees, Boolean informed) {}

  /** {@code POST …/sessions}: mode ONLINE or OFFLINE, or none to take the applicant's choice. */
  public record SessionRequest(String mode, String startsAt, String bookedBy) {}

  /** {@code POST …/records}: the record of a session held (调解笔录). */
  public record RecordRequest(
      String heldAt,
      String place,
      String mediator,
      String recorder,
      List<String> participants,
      Boolean rightsExplained,
      Map<String, String> statements,
      String factsVerified,
      String riskWarning,
      List<String> signatures) {}

  /** {@code POST …/conclusion}: AGREEMENT (with the agreement) or FAILURE (why, routes told). */
  public record ConclusionRequest(
      String outcome, AgreementRequest agreement, String reason, String routesTold) {}

  public record AgreementRequest(
      List<String> parties,
      String facts,
      String disputedMatters,
      String responsibility,
      List<ObligationRequest> obligations,
      Boolean oral,
      List<String> signedBy,
      String mediator,
      Boolean sealed,
      String effectiveOn) {}

  public record ObligationRequest(
      String party, String content, String manner, String place, String due) {}

  /** The outcomes a conclusion may name. */
  enum Outcome {
    AGREEMENT,
    FAILURE
  }

  static Optional<ScheduleSessionUseCase.Mode> mode(Requests.Errors errors, SessionRequest r) {
    if (r.mode() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        errors.enumValue("mode", r.mode(), ScheduleSessionUseCase.Mode.class));
  }

  static MediationRecord record(Requests.Errors errors, RecordRequest r) {
    Instant heldAt = errors.instant("heldAt", r.heldAt());
    if (r.rightsExplained() == null) {
      errors.add("rightsExplained", "required: true once the parties were told their rights");
    }
    if (r.statements() == null || r.statements().isEmpty()) {
      errors.add("statements", "required: each party's statement, by name");
    }
    if (errors.any()) {
      return null;
    }
    return errors.attempt(
        "",
        () ->
            new MediationRecord(
                heldAt,
                r.place(),
                r.mediator(),
                r.recorder(),
                r.participants() == null ? List.of() : r.participants(),
                r.rightsExplained(),
                r.statements(),
                r.factsVerified(),
                r.riskWarning(),
                r.signatures() == null ? List.of() : r.signatures()));
  }

  static ConcludeMediationUseCase.Outcome outcome(Requests.Errors errors, ConclusionRequest r) {
    Outcome o = errors.enumValue("outcome", r.outcome(), Outcome.class);
    if (o == null) {
      return null;
    }
    return switch (o) {
      case FAILURE ->
          errors.attempt(
              "reason",
              () -> new ConcludeMediationUseCase.Outcome.Failure(r.reason(), r.routesTold()));
      case AGREEMENT -> {
        MediationAgreement a = agreement(errors, r.agreement());
        yield a == null ? null : new ConcludeMediationUseCase.Outcome.Agreement(a);
      }
    };
  }

  private static MediationAgreement agreement(Requests.Errors errors, AgreementRequest a) {
    if (a == null) {
      errors.add("agreement", "required for an AGREEMENT");
      return null;
    }
    LocalDate effective = errors.date("agreement.effectiveOn", a.effectiveOn());
    List<MediationAgreement.Obligation> obligations = new ArrayList<>();
    List<ObligationRequest> given = a.obligations() == null ? List.of() : a.obligations();
    for (int i = 0; i < given.size(); i++) {
      ObligationRequest o = given.get(i);
      String at = "agreement.obligations[" + i + "]";
      if (o == null) {
        errors.add(at, "an obligation is an object");
        continue;
      }
      LocalDate due = errors.date(at + ".due", o.due());
      if (due == null) {
        continue;
      }
      MediationAgreement.Obligation ob =
          errors.attempt(
              at,
              () ->
                  new MediationAgreement.Obligation(
                      o.party(), o.content(), o.manner(), o.place(), due));
      if (ob != null) {
        obligations.add(ob);
      }
    }
    if (errors.any()) {
      return null;
    }
    return errors.attempt(
        "agreement",
        () ->
            new MediationAgreement(
                a.parties() == null ? List.of() : a.parties(),
                a.facts(),
                a.disputedMatters(),
                a.responsibility(),
                obligations,
                Boolean.TRUE.equals(a.oral()),
                new LinkedHashSet<>(a.signedBy() == null ? List.of() : a.signedBy()),
                a.mediator(),
                Boolean.TRUE.equals(a.sealed()),
                effective));
  }
}
