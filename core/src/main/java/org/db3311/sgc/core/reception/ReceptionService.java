package org.db3311.sgc.core.reception;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AuditTrail;
import org.db3311.sgc.core.common.ChangeRecorder;
import org.db3311.sgc.core.common.DomainEventPublisher;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.SequenceGenerator;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** The leader-reception use cases (领导接访, 6.2.1.2). */
@Implements({"6.2.1.2", "6.1.1.3"})
public final class ReceptionService implements ReceptionUseCases {

  private static final OneLeaderPerWorkingDayRule RULE = new OneLeaderPerWorkingDayRule();
  private static final RotaPlanner PLANNER = new RotaPlanner();
  private static final BookingCapacityRule CAPACITY = new BookingCapacityRule();

  private final ReceptionRepository repository;
  private final RegisterMatterUseCase intake;
  private final WorkingCalendar calendar;
  private final SequenceGenerator sequences;
  private final ReceptionSchedule schedule;
  private final ChangeRecorder recorder;
  private final Clock clock;

  public ReceptionService(
      ReceptionRepository repository,
      RegisterMatterUseCase intake,
      WorkingCalendar calendar,
      SequenceGenerator sequences,
      ReceptionSchedule schedule,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.intake = Objects.requireNonNull(intake, "intake");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.sequences = Objects.requireNonNull(sequences, "sequences");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.recorder = new ChangeRecorder(events, audit);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A service with the {@link ReceptionSchedule#defaults() default} slots and capacities. */
  public ReceptionService(
      ReceptionRepository repository,
      RegisterMatterUseCase intake,
      WorkingCalendar calendar,
      SequenceGenerator sequences,
      DomainEventPublisher events,
      AuditTrail audit,
      Clock clock) {
    this(
        repository,
        intake,
        calendar,
        sequences,
        ReceptionSchedule.defaults(),
        events,
        audit,
        clock);
  }

  @Override
  public void plan(Plan c) {
    Optional<ReceptionRota> existing = repository.rota(c.month());
    if (existing.isPresent()) {
      throw new IllegalTransitionException(
          "ReceptionRota " + c.month() + " (exists; assign days instead)",
          existing.get().state(),
          RotaAction.PLAN);
    }
    ReceptionRota r =
        ReceptionRota.plan(
            c.month(), PLANNER.plan(c.month(), c.leaders(), calendar), c.actor(), now());
    repository.save(r);
    recorder.record(r);
  }

  @Override
  public void assignDay(AssignDay c) {
    ReceptionRota r = rota(YearMonth.from(c.date()));
    r.assignDay(c.date(), c.leader(), c.actor(), now());
    repository.save(r);
    recorder.record(r);
  }

  @Override
  public void revise(Revise c) {
    ReceptionRota r = rota(c.month());
    r.revise(c.reason(), c.actor(), now());
    repository.save(r);
    recorder.record(r);
  }

  @Override
  public List<String> publish(PublishRotaUseCase.Command c) {
    ReceptionRota r = rota(c.month());
    List<String> findings = r.publish(RULE.check(c.month(), r.days(), calendar), c.actor(), now());
    if (findings.isEmpty()) {
      repository.save(r);
      recorder.record(r);
    }
    return findings;
  }

  @Override
  public Optional<Map<LocalDate, CountyLeader>> published(YearMonth month) {
    return repository
        .rota(month)
        .filter(r -> r.state() == RotaState.PUBLISHED)
        .map(ReceptionRota::days);
  }

  /**
   * Books a place on a published reception day. Two requests cannot both take a slot's last place,
   * on one server or several: the day's bookings are read at a version, and the place is claimed by
   * moving that version on before the booking is saved — the later of two racing requests fails
   * with an {@link org.db3311.sgc.core.common.OptimisticLockException} and writes nothing, and a
   * retry finds the slot full.
   */
  @Override
  public BookingOutcome book(Book c) {
    Optional<CountyLeader> leader =
        published(YearMonth.from(c.date())).map(days -> days.get(c.date()));
    if (leader.isEmpty()) {
      return new BookingOutcome.NotBookable(
          "no published rota names a receiving leader on " + c.date());
    }
    if (!c.date().isAfter(LocalDate.ofInstant(now(), clock.getZone()))) {
      return new BookingOutcome.NotBookable("a booking is for a later day than today");
    }
    Version dayRead = repository.bookingDayVersion(c.date());
    BookingCapacityRule.Result fit =
        CAPACITY.check(c.date(), c.slot(), c.visitor(), repository.bookingsOn(c.date()), schedule);
    if (fit instanceof BookingCapacityRule.Result.Refused refused) {
      return refused.rejection();
    }
    String slot = ((BookingCapacityRule.Result.Fits) fit).slot();
    String id =
        "RB-"
            + c.date().getYear()
            + "-"
            + sequences.next("reception-booking-" + c.date().getYear());
    ReceptionBooking b =
        ReceptionBooking.request(
            id, c.mode(), c.date(), slot, leader.get(), c.visitor(), c.subject(), c.actor(), now());
    repository.claimBookingDay(c.date(), dayRead);
    repository.save(b);
    recorder.record(b);
    return new BookingOutcome.Booked(id, slot);
  }

  @Override
  public void manage(Manage c) {
    ReceptionBooking b = booking(c.bookingId());
    switch (c.change()) {
      case Change.Confirm x -> b.confirm(c.actor(), now());
      case Change.Cancel x -> b.cancel(x.reason(), c.actor(), now());
      case Change.NoShow x -> b.markNoShow(c.actor(), now());
    }
    repository.save(b);
    recorder.record(b);
  }

  @Override
  public Outcome receive(ReceiveVisitorUseCase.Command c) {
    LocalDate today = LocalDate.ofInstant(now(), clock.getZone());
    Optional<CountyLeader> onRota = published(YearMonth.from(today)).map(d -> d.get(today));
    if (onRota.isEmpty() || !onRota.get().equals(c.leader())) {
      return new Outcome.NotOnRota(
          c.leader().name() + " is not the published receiving leader on " + today);
    }
    Optional<ReceptionBooking> booking = c.booking().map(this::booking);
    booking.ifPresent(
        b -> {
          if (!b.date().equals(today) || b.mode() != c.mode()) {
            throw new IllegalArgumentException(
                "booking " + b.id() + " is not a " + c.mode() + " for today");
          }
          // checked before the matter is registered, so a refused reception registers nothing
          ReceptionWorkflows.BOOKING.next(b.state(), BookingAction.RECEIVE, b.id());
        });
    RegistrationNumber n =
        intake
            .register(
                new RegisterMatterUseCase.Command(
                    new Registration(
                        Channel.LEADER_RECEPTION,
                        Optional.empty(),
                        Optional.empty(),
                        c.parties(),
                        c.categoryCode(),
                        c.place(),
                        c.description(),
                        c.materials()),
                    c.actor()))
            .number();
    booking.ifPresent(
        b -> {
          b.received(n, c.actor(), now());
          repository.save(b);
          recorder.record(b);
        });
    return new Outcome.Registered(n);
  }

  /** A booking, for queries and tests. */
  public ReceptionBooking booking(String id) {
    return repository.booking(id).orElseThrow(() -> new ReceptionBookingNotFoundException(id));
  }

  private ReceptionRota rota(YearMonth month) {
    return repository.rota(month).orElseThrow(() -> new ReceptionRotaNotFoundException(month));
  }

  private Instant now() {
    return clock.instant();
  }
}
