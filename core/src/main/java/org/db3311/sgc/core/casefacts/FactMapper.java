package org.db3311.sgc.core.casefacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.calendar.Deadline;
import org.db3311.sgc.core.eventhandling.EventScope;
import org.db3311.sgc.core.eventhandling.GovernanceEventSnapshot;
import org.db3311.sgc.core.facts.Assignment;
import org.db3311.sgc.core.facts.EscalationLevel;
import org.db3311.sgc.core.facts.IntakeChannel;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.facts.PersonKey;
import org.db3311.sgc.core.facts.SurveyAnswer;
import org.db3311.sgc.core.followup.FollowUpSnapshot;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.mediation.MediationSnapshot;
import org.db3311.sgc.core.mediation.Venue;
import org.db3311.sgc.core.supervision.Step;
import org.db3311.sgc.core.supervision.StepClock;
import org.db3311.sgc.core.supervision.SupervisionSnapshot;
import org.db3311.sgc.core.supervision.SupervisionState;

/**
 * The fact of a matter as a function of its trace (the mapping table of docs/analysis.md): who
 * handles it and since when from the supervision file, the deadlines from its step clocks on the
 * working-day calendar, the handling method from the mediation venue or the event's scope, the
 * highest level reached from the event, the survey from the follow-up; time of occurrence, township
 * and village codes and cause as intake recorded them (6.4.1.1).
 */
@org.db3311.sgc.core.catalog.Implements("6.4.1.1")
final class FactMapper {

  private FactMapper() {}

  static Optional<MatterFact> factOf(MatterTrace t, ProjectionSettings s) {
    if (t.intake().isEmpty()) {
      return Optional.empty();
    }
    MatterSnapshot m = t.intake().get().snapshot();
    Registration r = m.registration();
    Set<PersonKey> applicants = new LinkedHashSet<>();
    for (MatterParty p : r.applicants()) {
      s.persons().keyOf(p.party()).ifPresent(applicants::add);
    }
    MatterFact.Builder b =
        MatterFact.registered(
                MatterId.of(m.number().toString()),
                s.kinds().kindOf(r.categoryCode()),
                r.categoryCode(),
                r.place().county(),
                m.registeredAt())
            .channel(channelOf(r.channel()))
            .occurredAt(r.occurredAt().orElse(m.registeredAt()))
            .cause(r.cause().orElse(MatterFact.UNSPECIFIED))
            .area(
                r.place().townshipCode(),
                r.place().townshipCode().flatMap(x -> r.place().township()),
                r.place().villageCode())
            .applicants(applicants)
            .partyCount(r.parties().size());
    t.acceptedAt().ifPresent(b::accepted);
    t.supervision().ifPresent(sv -> assignment(sv, s, b));
    handlingMethod(t).ifPresent(b::handlingMethod);
    t.event().map(e -> escalationOf(e.snapshot())).ifPresent(b::escalation);
    switch (m.state()) {
      case CLOSED -> b.closed(m.closedAt().orElseThrow(), outcomeOf(m.result().orElseThrow(), t));
      case REFUSED -> t.endedAt().ifPresent(at -> b.closed(at, Outcome.REFERRED));
      case WITHDRAWN -> t.endedAt().ifPresent(at -> b.closed(at, Outcome.WITHDRAWN));
      default -> {}
    }
    List<org.db3311.sgc.core.followup.SurveyAnswer> answers = answers(t);
    for (int i = 0; i < answers.size(); i++) {
      var a = answers.get(i);
      if (i < answers.size() - 1) {
        b.earlierSurvey(answerOf(a.answer()), a.at());
      } else {
        b.survey(answerOf(a.answer()), a.at());
      }
    }
    return Optional.of(b.build());
  }

  /**
   * Assignment, sign-for and deadlines from the file: the current unit and its latest clocks; every
   * earlier ASSIGNED entry as an earlier assignment (ruling R8 counts each against its unit).
   */
  private static void assignment(
      Tracked<SupervisionSnapshot> tracked, ProjectionSettings s, MatterFact.Builder b) {
    SupervisionSnapshot f = tracked.snapshot();
    List<SupervisionSnapshot.HistoryEntry> history = f.history();
    int lastAssigned = 0;
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).state() == SupervisionState.ASSIGNED) {
        lastAssigned = i;
      }
    }
    Instant assignedAt = history.get(lastAssigned).at();
    LocalDate today = LocalDate.ofInstant(tracked.at(), s.zone());
    Optional<Instant> signed = Optional.empty();
    for (int i = 0; i < lastAssigned; i++) {
      SupervisionSnapshot.HistoryEntry e = history.get(i);
      if (e.state() == SupervisionState.ASSIGNED) {
        signed = Optional.empty();
        int j = i + 1;
        for (; j < history.size() && history.get(j).state() != SupervisionState.ASSIGNED; j++) {
          if (signed.isEmpty() && history.get(j).state() == SupervisionState.IN_PROGRESS) {
            signed = Optional.of(history.get(j).at());
          }
        }
        Instant due =
            f.clocks().stream()
                .filter(c -> c.step() == Step.SIGN_FOR && c.startedAt().equals(e.at()))
                .reduce((x, y) -> y)
                .map(c -> endOf(c.deadline(), today, s))
                .orElseGet(() -> endOfDay(LocalDate.ofInstant(e.at(), s.zone()), s));
        b.earlierAssignment(new Assignment(e.unit(), e.at(), due, signed));
      }
    }
    Instant responseDue =
        latestClock(f, Step.SIGN_FOR)
            .map(c -> endOf(c.deadline(), today, s))
            .orElseGet(() -> endOfDay(LocalDate.ofInstant(assignedAt, s.zone()), s));
    b.assigned(f.unit(), assignedAt, responseDue);
    for (int i = lastAssigned + 1; i < history.size(); i++) {
      if (history.get(i).state() == SupervisionState.IN_PROGRESS) {
        b.signedFor(history.get(i).at());
        break;
      }
    }
    latestClock(f, Step.HANDLING).ifPresent(c -> b.handlingDue(endOf(c.deadline(), today, s)));
  }

  private static Optional<StepClock> latestClock(SupervisionSnapshot f, Step step) {
    StepClock found = null;
    for (StepClock c : f.clocks()) {
      if (c.step() == step) {
        found = c;
      }
    }
    return Optional.ofNullable(found);
  }

  /** A deadline's last day ends at midnight; an open pause counts through the trace's last day. */
  private static Instant endOf(Deadline d, LocalDate today, ProjectionSettings s) {
    return endOfDay(d.dueDate(s.calendar(), today), s);
  }

  private static Instant endOfDay(LocalDate day, ProjectionSettings s) {
    return day.plusDays(1).atStartOfDay(s.zone()).toInstant().minusNanos(1);
  }

  private static Optional<String> handlingMethod(MatterTrace t) {
    if (t.event().isPresent()) {
      return t.event()
          .get()
          .snapshot()
          .scope()
          .map(
              scope ->
                  switch (scope) {
                    case GENERAL -> "部门处置";
                    case CROSS_BOUNDARY -> "领导协调处置";
                    case CITY_LEVEL -> "市级处置";
                    case OTHER_COUNTY -> "移交外县处置";
                  });
    }
    return latestMediation(t)
        .flatMap(MediationSnapshot::routing)
        .map(
            d ->
                switch (d.venue()) {
                  case Venue.ResponsibleDepartment x -> "部门调处";
                  case Venue.JointMediation x -> "联合调处";
                  case Venue.MediationCommittee x -> "人民调解";
                });
  }

  private static Optional<MediationSnapshot> latestMediation(MatterTrace t) {
    return t.mediations().values().stream()
        .map(Tracked::snapshot)
        .max(Comparator.comparingInt(x -> x.id().attempt()));
  }

  private static EscalationLevel escalationOf(GovernanceEventSnapshot e) {
    if (e.cityReference().isPresent() || e.scope().equals(Optional.of(EventScope.CITY_LEVEL))) {
      return EscalationLevel.CITY;
    }
    if (e.dutyLeader().isPresent()) {
      return EscalationLevel.COUNTY_LEADER;
    }
    return EscalationLevel.LOCAL;
  }

  private static Outcome outcomeOf(MatterResult result, MatterTrace t) {
    return switch (result.outcome()) {
      case RESOLVED, ANSWERED -> Outcome.RESOLVED;
      case NOT_RESOLVED ->
          latestMediation(t).flatMap(MediationSnapshot::filingReference).isPresent()
              ? Outcome.REFERRED
              : Outcome.UNRESOLVED;
    };
  }

  /** Every survey answer of every round, oldest first: the satisfaction rate counts each. */
  private static List<org.db3311.sgc.core.followup.SurveyAnswer> answers(MatterTrace t) {
    List<org.db3311.sgc.core.followup.SurveyAnswer> all = new java.util.ArrayList<>();
    for (Tracked<FollowUpSnapshot> f : t.followUps().values()) {
      all.addAll(f.snapshot().answers());
    }
    all.sort(Comparator.comparing(org.db3311.sgc.core.followup.SurveyAnswer::at));
    return all;
  }

  private static SurveyAnswer answerOf(org.db3311.sgc.core.followup.Satisfaction s) {
    return switch (s) {
      case SATISFIED -> SurveyAnswer.SATISFIED;
      case BASICALLY_SATISFIED -> SurveyAnswer.BASICALLY_SATISFIED;
      case DISSATISFIED -> SurveyAnswer.DISSATISFIED;
    };
  }

  static IntakeChannel channelOf(Channel c) {
    return switch (c) {
      case WINDOW -> IntakeChannel.WINDOW;
      case DISPUTE_CODE -> IntakeChannel.JIEFENMA;
      case GRASSROOTS_GOVERNANCE_SYSTEM -> IntakeChannel.GRASSROOTS_SYSTEM;
      case ZHELIFANG -> IntakeChannel.ZHELIFANG;
      case HR_SOCIAL_SECURITY_PLATFORM -> IntakeChannel.HR_SOCIAL_SECURITY_PLATFORM;
      case GRID_WORKER -> IntakeChannel.GRID_WORKER;
      case POLICE_110 -> IntakeChannel.HOTLINE_110;
      case HOTLINE_12345 -> IntakeChannel.HOTLINE_12345;
      case HOTLINE_96345 -> IntakeChannel.HOTLINE_96345;
      case CITY_CENTER -> IntakeChannel.CITY_CENTER;
      case LEADER_RECEPTION -> IntakeChannel.LEADER_RECEPTION;
      case LEADER_ASSIGNMENT -> IntakeChannel.LEADER_ASSIGNMENT;
      case DEPARTMENT_TRANSFER -> IntakeChannel.DEPARTMENT_TRANSFER;
    };
  }
}
