package org.db3311.sgc.core.risk.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.TransitionTable;
import org.db3311.sgc.core.common.Version;

/**
 * A report from the system's draft to a person's sign-off, keeping every version: the draft as the
 * system made it and the version a person signed stay side by side.
 *
 * <pre>
 * DRAFTED --REVISE--> DRAFTED --SIGN_OFF--> SIGNED_OFF
 * </pre>
 *
 * Sign-off is refused, as a value, when the content breaks the report kind's rules (a monthly
 * report without measures, measures without owners); a refusal changes nothing. The draft, every
 * revision and the sign-off raise a {@link ReportDossierEvent}.
 */
@Implements({"6.4.1.2", "6.4.1.3"})
public final class ReportDossier extends AggregateRoot<ReportDossierEvent> {

  public enum State {
    DRAFTED,
    SIGNED_OFF
  }

  public enum Action {
    /** Creates the dossier with the system's draft; not a transition of the table. */
    DRAFT,
    REVISE,
    SIGN_OFF
  }

  public static final TransitionTable<State, Action> WORKFLOW =
      TransitionTable.of("risk report", State.class, Action.class)
          .initial(State.DRAFTED)
          .allow(State.DRAFTED, Action.REVISE, State.DRAFTED)
          .allow(State.DRAFTED, Action.SIGN_OFF, State.SIGNED_OFF)
          .build();

  private final ReportDossierId id;
  private final List<ReportVersion> versions = new ArrayList<>();
  private State state = State.DRAFTED;
  private Optional<ReportVersion> signed = Optional.empty();
  private Optional<Actor> signedBy = Optional.empty();

  /** Starts a dossier with the system's draft as version 1. */
  public ReportDossier(ReportDossierId id, Report systemDraft, Instant at) {
    super(Version.NEW);
    this.id = java.util.Objects.requireNonNull(id, "id");
    versions.add(new ReportVersion(1, systemDraft, Actor.SYSTEM, at));
    raise(
        new ReportDossierEvent(
            id,
            nextVersion(),
            Action.DRAFT,
            Optional.empty(),
            State.DRAFTED,
            Actor.SYSTEM,
            at,
            systemDraft.kind() + " report on " + systemDraft.subject() + ", version 1 drafted"));
  }

  private ReportDossier(ReportDossierSnapshot s, Version version) {
    super(version);
    this.id = s.id();
    this.versions.addAll(s.versions());
    this.state = s.state();
    this.signed = s.signedVersion().map(n -> versions.get(n - 1));
    this.signedBy = s.signedBy();
  }

  /** Rebuilds a stored dossier. */
  public static ReportDossier fromSnapshot(ReportDossierSnapshot snapshot, Version version) {
    return new ReportDossier(snapshot, version);
  }

  /** Everything the dossier holds, as an immutable value. */
  public ReportDossierSnapshot snapshot() {
    return new ReportDossierSnapshot(
        id, versions, state, signed.map(ReportVersion::number), signedBy);
  }

  /** A person's revision; the kind and subject of a report do not change. */
  public ReportVersion revise(Report content, Actor by, Instant at) {
    State next = WORKFLOW.next(state, Action.REVISE);
    requirePerson(by, "revise");
    Report draft = systemDraft().content();
    if (content.kind() != draft.kind() || !content.subject().equals(draft.subject())) {
      throw new IllegalArgumentException(
          "report " + id + " is the " + draft.kind() + " report on " + draft.subject());
    }
    ReportVersion v = new ReportVersion(versions.size() + 1, content, by, at);
    versions.add(v);
    move(Action.REVISE, next, by, at, "version " + v.number() + " by " + by.name());
    return v;
  }

  /** Signs off the latest version, or refuses with every problem found. */
  public SignOffResult signOff(Actor by, Instant at) {
    WORKFLOW.next(state, Action.SIGN_OFF);
    requirePerson(by, "sign off");
    ReportVersion latest = latest();
    List<String> problems = SignOffRules.problems(latest.content());
    if (!problems.isEmpty()) {
      return new SignOffResult.Refused(problems);
    }
    signed = Optional.of(latest);
    signedBy = Optional.of(by);
    move(
        Action.SIGN_OFF,
        State.SIGNED_OFF,
        by,
        at,
        "version "
            + latest.number()
            + (latest.bySystem() ? " (the system's draft)" : "")
            + " signed off by "
            + by.name());
    return new SignOffResult.SignedOff(latest);
  }

  private void move(Action action, State next, Actor by, Instant at, String detail) {
    State from = state;
    state = next;
    raise(
        new ReportDossierEvent(id, nextVersion(), action, Optional.of(from), next, by, at, detail));
  }

  private void requirePerson(Actor by, String what) {
    if (Objects.requireNonNull(by, "by").equals(Actor.SYSTEM)) {
      throw new IllegalArgumentException("only a person may " + what + " report " + id);
    }
  }

  public ReportDossierId id() {
    return id;
  }

  public ReportKind kind() {
    return systemDraft().content().kind();
  }

  public String subject() {
    return systemDraft().content().subject();
  }

  public State state() {
    return state;
  }

  public ReportVersion systemDraft() {
    return versions.get(0);
  }

  public ReportVersion latest() {
    return versions.get(versions.size() - 1);
  }

  public Optional<ReportVersion> signedVersion() {
    return signed;
  }

  public Optional<Actor> signedBy() {
    return signedBy;
  }

  public List<ReportVersion> versions() {
    return List.copyOf(versions);
  }
}
