package org.db3311.sgc.core.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;

/**
 * What the command side knows about one matter (事项): a read model fed from casework's domain events
 * (mapping in docs/analysis.md), immutable, one value per matter and version. Instants that have
 * not happened yet are empty.
 *
 * @param category the taxonomy category (e.g. 劳动争议)
 * @param cause the code of the cause recorded at intake (成因), {@value #UNSPECIFIED} when none was
 * @param place the county the matter arose in
 * @param township the township or street it arose in (statistical code), when registered
 * @param townshipName that township's name, when known
 * @param village the village or community it arose in (statistical code), when registered
 * @param occurredAt when it happened (发生时间); its registration time when that was not recorded
 * @param handlingUnit the unit the matter is assigned to (the lead unit when there are several)
 * @param responseDueAt the sign-for deadline of the assignment, present when assigned
 * @param handlingDueAt the effective handling deadline (after approved extensions)
 * @param handlingMethod how it is handled (e.g. 人民调解, 部门处置), "pending" before routing
 * @param applicants pseudonymous keys of the applicants
 * @param partyCount how many people are party to the matter (a group dispute has many)
 * @param survey the latest survey answer
 * @param assignments every assignment, oldest first; the last is the current one ({@code
 *     handlingUnit}, {@code assignedAt}, {@code responseDueAt}, {@code signedForAt})
 * @param surveys every survey answer, oldest first; the last is {@code survey}
 */
@Implements("6.4.1.1")
public record MatterFact(
    MatterId id,
    MatterKind kind,
    String category,
    String cause,
    DivisionCode place,
    Optional<AreaCode> township,
    Optional<String> townshipName,
    Optional<AreaCode> village,
    IntakeChannel channel,
    Instant occurredAt,
    Instant registeredAt,
    Optional<Instant> acceptedAt,
    Optional<UnitId> handlingUnit,
    Optional<Instant> assignedAt,
    Optional<Instant> responseDueAt,
    Optional<Instant> signedForAt,
    Optional<Instant> handlingDueAt,
    Optional<Instant> closedAt,
    Optional<Outcome> outcome,
    String handlingMethod,
    Set<PersonKey> applicants,
    int partyCount,
    EscalationLevel escalation,
    Optional<SurveyResponse> survey,
    List<Assignment> assignments,
    List<SurveyResponse> surveys) {

  /** A fact that knows only the current assignment and the latest survey answer. */
  public MatterFact(
      MatterId id,
      MatterKind kind,
      String category,
      String cause,
      DivisionCode place,
      IntakeChannel channel,
      Instant occurredAt,
      Instant registeredAt,
      Optional<Instant> acceptedAt,
      Optional<UnitId> handlingUnit,
      Optional<Instant> assignedAt,
      Optional<Instant> responseDueAt,
      Optional<Instant> signedForAt,
      Optional<Instant> handlingDueAt,
      Optional<Instant> closedAt,
      Optional<Outcome> outcome,
      String handlingMethod,
      Set<PersonKey> applicants,
      int partyCount,
      EscalationLevel escalation,
      Optional<SurveyResponse> survey) {
    this(
        id,
        kind,
        category,
        cause,
        place,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        channel,
        occurredAt,
        registeredAt,
        acceptedAt,
        handlingUnit,
        assignedAt,
        responseDueAt,
        signedForAt,
        handlingDueAt,
        closedAt,
        outcome,
        handlingMethod,
        applicants,
        partyCount,
        escalation,
        survey,
        current(handlingUnit, assignedAt, responseDueAt, signedForAt),
        survey == null ? List.of() : survey.map(List::of).orElse(List.of()));
  }

  /** The cause of a matter whose cause was not recorded. */
  public static final String UNSPECIFIED = "unspecified";

  public MatterFact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(township, "township");
    Objects.requireNonNull(townshipName, "townshipName");
    Objects.requireNonNull(village, "village");
    if (township.filter(t -> !t.isTownship() || !t.county().equals(place)).isPresent()) {
      throw new IllegalArgumentException(id + ": township " + township.get() + " not in " + place);
    }
    if (village
        .filter(v -> !v.isVillage() || !Optional.of(v.township()).equals(township))
        .isPresent()) {
      throw new IllegalArgumentException(
          id + ": village " + village.get() + " not in its township");
    }
    Objects.requireNonNull(kind, "kind");
    requireText(category, "category", id);
    requireText(cause, "cause", id);
    requireText(handlingMethod, "handlingMethod", id);
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(escalation, "escalation");
    applicants = Set.copyOf(applicants);
    for (Optional<?> o :
        List.of(
            acceptedAt,
            handlingUnit,
            assignedAt,
            responseDueAt,
            signedForAt,
            handlingDueAt,
            closedAt,
            outcome,
            survey)) {
      Objects.requireNonNull(o, "optional facts are empty, not null");
    }
    if (occurredAt.isAfter(registeredAt)) {
      throw new IllegalArgumentException(id + ": registered before it occurred");
    }
    if (acceptedAt.isPresent() && acceptedAt.get().isBefore(registeredAt)) {
      throw new IllegalArgumentException(id + ": accepted before it was registered");
    }
    if (assignedAt.isPresent() && (handlingUnit.isEmpty() || responseDueAt.isEmpty())) {
      throw new IllegalArgumentException(
          id + ": an assignment names a unit and a sign-for deadline");
    }
    if (assignedAt.isEmpty() && (signedForAt.isPresent() || responseDueAt.isPresent())) {
      throw new IllegalArgumentException(
          id + ": signed for or given a deadline without assignment");
    }
    if (signedForAt.isPresent() && signedForAt.get().isBefore(assignedAt.get())) {
      throw new IllegalArgumentException(id + ": signed for before it was assigned");
    }
    if (closedAt.isPresent() != outcome.isPresent()) {
      throw new IllegalArgumentException(id + ": a closed matter has an outcome, an open one none");
    }
    if (closedAt.isPresent() && closedAt.get().isBefore(registeredAt)) {
      throw new IllegalArgumentException(id + ": closed before it was registered");
    }
    if (partyCount < 1 || partyCount < applicants.size()) {
      throw new IllegalArgumentException(
          id + ": party count " + partyCount + " below the " + applicants.size() + " applicants");
    }
    assignments = List.copyOf(assignments);
    surveys = List.copyOf(surveys);
    if (!assignments.equals(
        concat(
            assignments.subList(0, Math.max(0, assignments.size() - 1)),
            current(handlingUnit, assignedAt, responseDueAt, signedForAt)))) {
      throw new IllegalArgumentException(
          id + ": the last assignment is the current one, and there is none without it");
    }
    if (!survey.equals(surveys.isEmpty() ? Optional.empty() : Optional.of(surveys.getLast()))) {
      throw new IllegalArgumentException(id + ": the latest survey answer is the last one");
    }
    for (int i = 1; i < assignments.size(); i++) {
      if (assignments.get(i).assignedAt().isBefore(assignments.get(i - 1).assignedAt())) {
        throw new IllegalArgumentException(id + ": assignments are kept oldest first");
      }
    }
    for (int i = 1; i < surveys.size(); i++) {
      if (surveys.get(i).answeredAt().isBefore(surveys.get(i - 1).answeredAt())) {
        throw new IllegalArgumentException(id + ": survey answers are kept oldest first");
      }
    }
  }

  private static List<Assignment> current(
      Optional<UnitId> unit,
      Optional<Instant> assignedAt,
      Optional<Instant> responseDueAt,
      Optional<Instant> signedForAt) {
    // Lenient: an inconsistent current assignment is rejected by the checks above, with its reason.
    if (unit == null
        || assignedAt == null
        || responseDueAt == null
        || signedForAt == null
        || unit.isEmpty()
        || assignedAt.isEmpty()
        || responseDueAt.isEmpty()
        || signedForAt.filter(t -> t.isBefore(assignedAt.get())).isPresent()) {
      return List.of();
    }
    return List.of(new Assignment(unit.get(), assignedAt.get(), responseDueAt.get(), signedForAt));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static void requireText(String s, String name, MatterId id) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(id + ": " + name + " is not blank");
    }
  }

  /**
   * Where the matter arose as reports count it: its township or street code and name, else the
   * county code marked as having no township recorded.
   */
  public String placeLabel() {
    return township
        .map(t -> t.value() + townshipName.map(n -> " " + n).orElse(""))
        .orElseGet(() -> place.value() + " (乡镇未登记)");
  }

  public boolean isClosed() {
    return closedAt.isPresent();
  }

  /** Starts a fact for a matter registered at {@code registeredAt}, everything else pending. */
  public static Builder registered(
      MatterId id, MatterKind kind, String category, DivisionCode place, Instant registeredAt) {
    return new Builder(id, kind, category, place, registeredAt);
  }

  public Builder toBuilder() {
    Builder b = new Builder(id, kind, category, place, registeredAt);
    b.cause = cause;
    b.township = township;
    b.townshipName = townshipName;
    b.village = village;
    b.channel = channel;
    b.occurredAt = occurredAt;
    b.acceptedAt = acceptedAt;
    b.handlingUnit = handlingUnit;
    b.assignedAt = assignedAt;
    b.responseDueAt = responseDueAt;
    b.signedForAt = signedForAt;
    b.handlingDueAt = handlingDueAt;
    b.closedAt = closedAt;
    b.outcome = outcome;
    b.handlingMethod = handlingMethod;
    b.applicants = applicants;
    b.partyCount = partyCount;
    b.escalation = escalation;
    b.survey = survey;
    b.earlierAssignments =
        new ArrayList<>(assignments.subList(0, Math.max(0, assignments.size() - 1)));
    b.earlierSurveys = new ArrayList<>(surveys.subList(0, Math.max(0, surveys.size() - 1)));
    return b;
  }

  /** Builds a fact step by step, as the projection learns more; {@link #build()} validates. */
  public static final class Builder {
    private final MatterId id;
    private final MatterKind kind;
    private final String category;
    private final DivisionCode place;
    private final Instant registeredAt;
    private String cause = UNSPECIFIED;
    private Optional<AreaCode> township = Optional.empty();
    private Optional<String> townshipName = Optional.empty();
    private Optional<AreaCode> village = Optional.empty();
    private IntakeChannel channel = IntakeChannel.WINDOW;
    private Instant occurredAt;
    private Optional<Instant> acceptedAt = Optional.empty();
    private Optional<UnitId> handlingUnit = Optional.empty();
    private Optional<Instant> assignedAt = Optional.empty();
    private Optional<Instant> responseDueAt = Optional.empty();
    private Optional<Instant> signedForAt = Optional.empty();
    private Optional<Instant> handlingDueAt = Optional.empty();
    private Optional<Instant> closedAt = Optional.empty();
    private Optional<Outcome> outcome = Optional.empty();
    private String handlingMethod = "pending";
    private Set<PersonKey> applicants = Set.of();
    private int partyCount = 1;
    private EscalationLevel escalation = EscalationLevel.LOCAL;
    private Optional<SurveyResponse> survey = Optional.empty();
    private List<Assignment> earlierAssignments = new ArrayList<>();
    private List<SurveyResponse> earlierSurveys = new ArrayList<>();

    private Builder(
        MatterId id, MatterKind kind, String category, DivisionCode place, Instant registeredAt) {
      this.id = id;
      this.kind = kind;
      this.category = category;
      this.place = place;
      this.registeredAt = registeredAt;
      this.occurredAt = registeredAt;
    }

    public Builder cause(String v) {
      cause = v;
      return this;
    }

    /** Where in the county: the township (with its name when known) and the village. */
    public Builder area(
        Optional<AreaCode> township, Optional<String> townshipName, Optional<AreaCode> village) {
      this.township = township;
      this.townshipName = townshipName;
      this.village = village;
      return this;
    }

    public Builder channel(IntakeChannel v) {
      channel = v;
      return this;
    }

    public Builder occurredAt(Instant v) {
      occurredAt = v;
      return this;
    }

    public Builder accepted(Instant at) {
      acceptedAt = Optional.of(at);
      return this;
    }

    public Builder assigned(UnitId unit, Instant at, Instant responseDue) {
      handlingUnit = Optional.of(unit);
      assignedAt = Optional.of(at);
      responseDueAt = Optional.of(responseDue);
      return this;
    }

    /** An assignment before the current one (the matter went on to another unit or back). */
    public Builder earlierAssignment(Assignment a) {
      earlierAssignments.add(a);
      return this;
    }

    /** A survey answer before the latest one (an earlier follow-up round). */
    public Builder earlierSurvey(SurveyAnswer answer, Instant at) {
      earlierSurveys.add(new SurveyResponse(answer, at));
      return this;
    }

    public Builder signedFor(Instant at) {
      signedForAt = Optional.of(at);
      return this;
    }

    public Builder handlingDue(Instant at) {
      handlingDueAt = Optional.of(at);
      return this;
    }

    public Builder closed(Instant at, Outcome how) {
      closedAt = Optional.of(at);
      outcome = Optional.of(how);
      return this;
    }

    /** A dissatisfied answer reopened the matter. */
    public Builder reopened() {
      closedAt = Optional.empty();
      outcome = Optional.empty();
      return this;
    }

    public Builder handlingMethod(String v) {
      handlingMethod = v;
      return this;
    }

    public Builder applicants(Set<PersonKey> v) {
      applicants = v;
      partyCount = Math.max(partyCount, v.size());
      return this;
    }

    public Builder partyCount(int v) {
      partyCount = v;
      return this;
    }

    public Builder escalation(EscalationLevel v) {
      escalation = v;
      return this;
    }

    public Builder survey(SurveyAnswer answer, Instant at) {
      survey = Optional.of(new SurveyResponse(answer, at));
      return this;
    }

    public MatterFact build() {
      return new MatterFact(
          id,
          kind,
          category,
          cause,
          place,
          township,
          townshipName,
          village,
          channel,
          occurredAt,
          registeredAt,
          acceptedAt,
          handlingUnit,
          assignedAt,
          responseDueAt,
          signedForAt,
          handlingDueAt,
          closedAt,
          outcome,
          handlingMethod,
          applicants,
          partyCount,
          escalation,
          survey,
          concat(earlierAssignments, current(handlingUnit, assignedAt, responseDueAt, signedForAt)),
          concat(earlierSurveys, survey.map(List::of).orElse(List.of())));
    }
  }
}
