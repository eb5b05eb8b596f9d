package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.Version;

/**
 * A matter (社会治理事项) brought to the center, from registration at one of the intake channels to
 * closure: the aggregate of the intake subdomain. Its states and actions are those of {@link
 * MatterWorkflow#TABLE}; every change raises a {@link MatterEvent}.
 *
 * <p>The matter owns its intake materials and supplement notices, so the one-time notice rule (R7)
 * is enforced here. How a matter is handled (mediation, event handling) belongs to those
 * subdomains, which move the matter along through {@link #startHandling}, {@link #close} and {@link
 * #reopen}.
 */
@Implements({"6.1.1.1", "8.2.2"})
public final class Matter extends AggregateRoot<MatterEvent> {

  private static final OneTimeSupplementNoticeRule NOTICE_RULE = new OneTimeSupplementNoticeRule();

  private final RegistrationNumber number;
  private final Registration registration;
  private final Category.Kind kind;
  private final Instant registeredAt;
  private MatterState state;
  private final List<Material> materials;
  private final List<SupplementNotice> notices;
  private Optional<Refusal> refusal;
  private Optional<String> withdrawalReason;
  private final List<RepeatLink> links;
  private final Set<MatterFlag> flags;
  private final List<String> warnings;
  private Optional<Handling> handling;
  private Optional<MatterResult> result;
  private Optional<Instant> closedAt;
  private int reopenCount;

  private Matter(MatterSnapshot s, Version version) {
    super(version);
    this.number = s.number();
    this.registration = s.registration();
    this.kind = s.kind();
    this.registeredAt = s.registeredAt();
    this.state = s.state();
    this.materials = new ArrayList<>(s.materials());
    this.notices = new ArrayList<>(s.notices());
    this.refusal = s.refusal();
    this.withdrawalReason = s.withdrawalReason();
    this.links = new ArrayList<>(s.links());
    this.flags = s.flags().isEmpty() ? EnumSet.noneOf(MatterFlag.class) : EnumSet.copyOf(s.flags());
    this.warnings = new ArrayList<>(s.warnings());
    this.handling = s.handling();
    this.result = s.result();
    this.closedAt = s.closedAt();
    this.reopenCount = s.reopenCount();
  }

  /** Rebuilds a stored matter. */
  public static Matter fromSnapshot(MatterSnapshot snapshot, Version version) {
    return new Matter(snapshot, version);
  }

  /**
   * Registers a new matter: numbers its materials (a transfer's source record first, 6.1.1.2.2),
   * records the links to earlier matters found by repeat detection and the warnings its data raises
   * (e.g. a credit code failing its checksum).
   */
  public static Matter register(
      RegistrationNumber number,
      Registration registration,
      Category category,
      List<RepeatLink> links,
      Actor actor,
      Instant at) {
    if (!category.code().equals(registration.categoryCode())) {
      throw new IllegalArgumentException("the category does not match the registration");
    }
    if (registration.occurredAt().filter(o -> o.isAfter(at)).isPresent()) {
      throw new IllegalArgumentException(
          "a matter registered at "
              + at
              + " cannot have happened at "
              + registration.occurredAt().get());
    }
    List<Material> numbered = new ArrayList<>();
    // a transfer arrives with the platform's record: it is the first material of the matter
    registration
        .source()
        .filter(
            s ->
                registration.materials().stream()
                    .noneMatch(m -> m.kind().equals(MaterialKind.SOURCE_RECORD)))
        .ifPresent(
            s ->
                numbered.add(
                    new Material(
                        1, MaterialKind.SOURCE_RECORD, s + " " + registration.description(), at)));
    for (Material.Submitted m : registration.materials()) {
      numbered.add(new Material(numbered.size() + 1, m.kind(), m.description(), at));
    }
    Set<MatterFlag> flags = EnumSet.noneOf(MatterFlag.class);
    for (RepeatLink l : links) {
      flags.add(
          l.reason() == RepeatLink.Reason.SAME_APPLICANT
              ? MatterFlag.REPEAT_PETITION
              : MatterFlag.POSSIBLE_GROUP_DISPUTE);
    }
    List<String> warnings = new ArrayList<>();
    registration.parties().forEach(p -> warnings.addAll(p.party().warnings()));
    MatterSnapshot s =
        new MatterSnapshot(
            number,
            registration,
            category.kind(),
            at,
            MatterState.PENDING_DECISION,
            numbered,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            links,
            flags,
            warnings,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0);
    Matter m = new Matter(s, Version.NEW);
    String detail =
        "registered via "
            + registration.channel()
            + registration.source().map(r -> " (" + r + ")").orElse("")
            + (links.isEmpty()
                ? ""
                : ", linked to " + links.size() + " earlier matter(s) " + flags);
    m.raise(
        new MatterEvent(
            number,
            m.nextVersion(),
            MatterAction.REGISTER,
            Optional.empty(),
            MatterState.PENDING_DECISION,
            actor,
            at,
            detail,
            m.snapshot()));
    return m;
  }

  /** The applicant hands in further materials (e.g. after a supplement notice). */
  public void submitMaterials(List<Material.Submitted> submitted, Actor actor, Instant at) {
    if (submitted.isEmpty()) {
      throw new IllegalArgumentException("submit at least one material");
    }
    MatterState to = MatterWorkflow.TABLE.next(state, MatterAction.SUBMIT_MATERIALS, number);
    for (Material.Submitted s : submitted) {
      materials.add(new Material(materials.size() + 1, s.kind(), s.description(), at));
    }
    move(MatterAction.SUBMIT_MATERIALS, to, actor, at, submitted.size() + " material(s) submitted");
  }

  /**
   * Reviews the materials against the category's requirements and the clerk's findings: accepts the
   * matter when nothing is outstanding, else issues a supplement notice listing everything
   * outstanding (6.1.1.1, R7). A review that R7 forbids changes nothing and is returned as {@link
   * IntakeDecision.ReviewRejected}.
   */
  @Implements({"6.1.1.1", "R7"})
  public IntakeDecision review(
      Set<MaterialKind> required, List<MaterialDefect> defects, Actor actor, Instant at) {
    OneTimeSupplementNoticeRule.Outcome outcome =
        NOTICE_RULE.review(required, materials, notices, defects);
    // the rule only reads; the refusal names the action this review would have taken
    MatterWorkflow.TABLE.next(
        state,
        outcome instanceof OneTimeSupplementNoticeRule.Outcome.NothingOutstanding
            ? MatterAction.ACCEPT
            : MatterAction.REQUEST_SUPPLEMENT,
        number);
    return switch (outcome) {
      case OneTimeSupplementNoticeRule.Outcome.NothingOutstanding n -> {
        move(MatterAction.ACCEPT, MatterState.ACCEPTED, actor, at, "accepted on the spot");
        yield new IntakeDecision.Accepted(number);
      }
      case OneTimeSupplementNoticeRule.Outcome.NoticeRequired r -> {
        SupplementNotice notice =
            new SupplementNotice(notices.size() + 1, at, lastMaterialId(), r.items());
        notices.add(notice);
        move(
            MatterAction.REQUEST_SUPPLEMENT,
            MatterState.AWAITING_SUPPLEMENT,
            actor,
            at,
            "supplement notice "
                + notice.number()
                + " lists "
                + notice.items().size()
                + " item(s)");
        yield new IntakeDecision.SupplementRequested(number, notice);
      }
      case OneTimeSupplementNoticeRule.Outcome.Forbidden f ->
          new IntakeDecision.ReviewRejected(number, f.items(), f.reason());
    };
  }

  /** Refuses the matter on the spot, telling the applicant why and where to go (6.1.1.1). */
  @Implements("6.1.1.1")
  public IntakeDecision refuse(Refusal refusal, Actor actor, Instant at) {
    Objects.requireNonNull(refusal, "refusal");
    MatterState to = MatterWorkflow.TABLE.next(state, MatterAction.REFUSE, number);
    this.refusal = Optional.of(refusal);
    move(MatterAction.REFUSE, to, actor, at, "refused: " + refusal.reason());
    return new IntakeDecision.Refused(number, refusal);
  }

  public void withdraw(String reason, Actor actor, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a withdrawal records the applicant's reason");
    }
    MatterState to = MatterWorkflow.TABLE.next(state, MatterAction.WITHDRAW, number);
    this.withdrawalReason = Optional.of(reason);
    move(MatterAction.WITHDRAW, to, actor, at, "withdrawn: " + reason);
  }

  /** Hands the accepted matter to a handling track. */
  public void startHandling(Handling handling, Actor actor, Instant at) {
    Objects.requireNonNull(handling, "handling");
    MatterState to = MatterWorkflow.TABLE.next(state, MatterAction.START_HANDLING, number);
    this.handling = Optional.of(handling);
    move(MatterAction.START_HANDLING, to, actor, at, "handled by " + handling);
  }

  /** Closes the matter (办结) with its result; the parties are then told it (6.2.1.4.1). */
  public void close(MatterResult result, Actor actor, Instant at) {
    Objects.requireNonNull(result, "result");
    MatterState to = MatterWorkflow.TABLE.next(state, MatterAction.CLOSE, number);
    this.result = Optional.of(result);
    this.closedAt = Optional.of(at);
    move(MatterAction.CLOSE, to, actor, at, "closed: " + result.outcome());
  }

  /** Reopens a closed matter, e.g. after a dissatisfied follow-up. */
  public void reopen(String reason, Actor actor, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reopening a matter records why");
    }
    MatterState to = MatterWorkflow.TABLE.next(state, MatterAction.REOPEN, number);
    this.reopenCount++;
    move(MatterAction.REOPEN, to, actor, at, "reopened: " + reason);
  }

  private void move(MatterAction action, MatterState to, Actor actor, Instant at, String detail) {
    MatterState from = state;
    state = to;
    raise(
        new MatterEvent(
            number, nextVersion(), action, Optional.of(from), to, actor, at, detail, snapshot()));
  }

  private int lastMaterialId() {
    return materials.isEmpty() ? 0 : materials.getLast().id();
  }

  public MatterSnapshot snapshot() {
    return new MatterSnapshot(
        number,
        registration,
        kind,
        registeredAt,
        state,
        materials,
        notices,
        refusal,
        withdrawalReason,
        links,
        flags,
        warnings,
        handling,
        result,
        closedAt,
        reopenCount);
  }

  public RegistrationNumber number() {
    return number;
  }

  public MatterState state() {
    return state;
  }

  public Registration registration() {
    return registration;
  }

  public Category.Kind kind() {
    return kind;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public List<Material> materials() {
    return List.copyOf(materials);
  }

  public List<SupplementNotice> notices() {
    return List.copyOf(notices);
  }

  public List<RepeatLink> links() {
    return List.copyOf(links);
  }

  public Set<MatterFlag> flags() {
    return flags.isEmpty() ? Set.of() : Set.copyOf(flags);
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  public Optional<Handling> handling() {
    return handling;
  }

  public Optional<MatterResult> result() {
    return result;
  }

  public int reopenCount() {
    return reopenCount;
  }
}
