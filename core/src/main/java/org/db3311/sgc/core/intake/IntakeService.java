package org.db3311.sgc.core.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.SequenceGenerator;

/**
 * The intake use cases: registration from every channel, materials, the intake decision and
 * withdrawal; and the lifecycle steps the handling tracks drive (start handling, close, reopen).
 *
 * <p>A decision that issues a supplement notice also sends it to the applicants through the {@link
 * Notifier}, inside the decision's unit of work (6.1.1.1: 应一次告知申请人需要补正的全部内容): with the queueing
 * notifier the message is committed with the decision or not at all, so a rolled-back decision
 * tells nobody and a committed one is told once.
 */
@Implements({"6.1.1.1", "6.1.1.2.1", "6.1.1.2.2", "6.1.1.3", "8.2.2"})
public final class IntakeService implements IntakeUseCases, MatterLifecycle {

  private final MatterRepository matters;
  private final SequenceGenerator sequences;
  private final IntakeConfiguration config;
  private final Notifier notifier;
  private final ChangeRecorder recorder;
  private final Clock clock;

  public IntakeService(
      MatterRepository matters,
      SequenceGenerator sequences,
      IntakeConfiguration config,
      Notifier notifier,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.matters = Objects.requireNonNull(matters, "matters");
    this.sequences = Objects.requireNonNull(sequences, "sequences");
    this.config = Objects.requireNonNull(config, "config");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public RegistrationReceipt register(RegisterMatterUseCase.Command c) {
    Registration r = c.registration();
    Category category = config.taxonomy().get(r.categoryCode());
    r.cause().ifPresent(config.causes()::get);
    checkPlace(r.place());
    if (r.source().isPresent()) {
      Optional<Matter> existing = matters.findBySource(r.source().get());
      if (existing.isPresent()) {
        return receipt(existing.get(), true);
      }
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    long seq = sequences.next(RegistrationNumber.scope(config.county(), today));
    RegistrationNumber number = new RegistrationNumber(config.county(), today, seq);
    List<RepeatLink> links =
        config
            .repeats()
            .linksFor(r, now, matters.repeatCandidates(r, config.repeats().windowStart(now)));
    Matter m = Matter.register(number, r, category, links, c.actor(), now);
    try {
      matters.save(m);
    } catch (DuplicateSourceReferenceException raced) {
      // the same transfer arrived twice at once and the other request stored it first
      return receipt(load(raced.existing()), true);
    }
    recorder.record(m);
    return receipt(m, false);
  }

  /** A township code must be one the registry holds, where it holds the county's townships. */
  @Implements("6.4.1.1")
  private void checkPlace(Place p) {
    p.townshipCode()
        .filter(t -> config.divisions().covers(t.county()))
        .filter(t -> config.divisions().townshipName(t).isEmpty())
        .ifPresent(
            t -> {
              throw new IllegalArgumentException(
                  "no township or street " + t + " in " + t.county());
            });
  }

  private static RegistrationReceipt receipt(Matter m, boolean already) {
    return new RegistrationReceipt(
        m.number(), m.state(), already, m.links(), m.flags(), m.warnings());
  }

  @Override
  public void submit(SubmitMaterialsUseCase.Command c) {
    Matter m = load(c.number());
    m.submitMaterials(c.materials(), c.actor(), clock.instant());
    store(m);
  }

  @Override
  public IntakeDecision decide(DecideIntakeUseCase.Command c) {
    Matter m = load(c.number());
    IntakeDecision d =
        switch (c.verdict()) {
          case Verdict.Review review ->
              m.review(
                  config
                      .materials()
                      .requiredFor(m.registration().channel(), m.registration().categoryCode()),
                  review.defects(),
                  c.actor(),
                  clock.instant());
          case Verdict.Refuse refuse -> m.refuse(refuse.refusal(), c.actor(), clock.instant());
        };
    if (!(d instanceof IntakeDecision.ReviewRejected)) {
      store(m);
    }
    if (d instanceof IntakeDecision.SupplementRequested requested) {
      tellApplicants(m, requested.notice());
    }
    return d;
  }

  /** 6.1.1.1: every applicant is told, once, everything the notice lists. */
  @Implements({"6.1.1.1", "R7"})
  private void tellApplicants(Matter m, SupplementNotice notice) {
    SupplementNotices.toApplicants(m.number(), m.registration(), notice).forEach(notifier::send);
  }

  @Override
  public void withdraw(WithdrawMatterUseCase.Command c) {
    Matter m = load(c.number());
    m.withdraw(c.reason(), c.actor(), clock.instant());
    store(m);
  }

  @Override
  public void startHandling(StartHandlingUseCase.Command c) {
    Matter m = load(c.number());
    m.startHandling(c.handling(), c.actor(), clock.instant());
    store(m);
  }

  @Override
  public void close(CloseMatterUseCase.Command c) {
    Matter m = load(c.number());
    m.close(c.result(), c.actor(), clock.instant());
    store(m);
  }

  @Override
  public void reopen(ReopenMatterUseCase.Command c) {
    Matter m = load(c.number());
    m.reopen(c.reason(), c.actor(), clock.instant());
    store(m);
  }

  @Override
  public MatterSnapshot matter(RegistrationNumber number) {
    return load(number).snapshot();
  }

  private Matter load(RegistrationNumber number) {
    return matters.find(number).orElseThrow(() -> new MatterNotFoundException(number));
  }

  private void store(Matter m) {
    matters.save(m);
    recorder.record(m);
  }
}
