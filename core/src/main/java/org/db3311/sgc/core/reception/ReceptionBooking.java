package org.db3311.sgc.core.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** A booked reception: an appointment asked by a visitor, or an invitation by the leader. */
@Implements("6.2.1.2")
public final class ReceptionBooking extends AggregateRoot<ReceptionEvent> {

  private final String id;
  private final ReceptionMode mode;
  private final LocalDate date;
  private final String slot;
  private final CountyLeader leader;
  private final Party visitor;
  private final String subject;
  private BookingState state;
  private Optional<RegistrationNumber> matter;

  private ReceptionBooking(ReceptionBookingSnapshot s, Version v) {
    super(v);
    id = s.id();
    mode = s.mode();
    date = s.date();
    slot = s.slot();
    leader = s.leader();
    visitor = s.visitor();
    subject = s.subject();
    state = s.state();
    matter = s.matter();
  }

  public static ReceptionBooking fromSnapshot(ReceptionBookingSnapshot s, Version v) {
    return new ReceptionBooking(s, v);
  }

  public static ReceptionBooking request(
      String id,
      ReceptionMode mode,
      LocalDate date,
      String slot,
      CountyLeader leader,
      Party visitor,
      String subject,
      Actor actor,
      Instant at) {
    ReceptionBooking b =
        new ReceptionBooking(
            new ReceptionBookingSnapshot(
                id,
                mode,
                date,
                slot,
                leader,
                visitor,
                subject,
                BookingState.REQUESTED,
                Optional.empty()),
            Version.NEW);
    b.raise(
        new ReceptionEvent(
            "ReceptionBooking",
            id,
            b.nextVersion(),
            BookingAction.REQUEST.name(),
            Optional.empty(),
            BookingState.REQUESTED.name(),
            actor,
            at,
            mode + " with " + leader.name() + " on " + date + " " + slot));
    return b;
  }

  public void confirm(Actor actor, Instant at) {
    move(BookingAction.CONFIRM, actor, at, "confirmed");
  }

  public void cancel(String reason, Actor actor, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a cancellation states why");
    }
    move(BookingAction.CANCEL, actor, at, "cancelled: " + reason);
  }

  public void markNoShow(Actor actor, Instant at) {
    move(BookingAction.MARK_NO_SHOW, actor, at, "visitor did not come");
  }

  public void received(RegistrationNumber registered, Actor actor, Instant at) {
    BookingState to = ReceptionWorkflows.BOOKING.next(state, BookingAction.RECEIVE, id);
    matter = Optional.of(registered);
    transition(BookingAction.RECEIVE, to, actor, at, "received; registered as " + registered);
  }

  private void move(BookingAction a, Actor actor, Instant at, String detail) {
    transition(a, ReceptionWorkflows.BOOKING.next(state, a, id), actor, at, detail);
  }

  private void transition(
      BookingAction a, BookingState to, Actor actor, Instant at, String detail) {
    BookingState from = state;
    state = to;
    raise(
        new ReceptionEvent(
            "ReceptionBooking",
            id,
            nextVersion(),
            a.name(),
            Optional.of(from.name()),
            to.name(),
            actor,
            at,
            detail));
  }

  public ReceptionBookingSnapshot snapshot() {
    return new ReceptionBookingSnapshot(
        id, mode, date, slot, leader, visitor, subject, state, matter);
  }

  public String id() {
    return id;
  }

  public BookingState state() {
    return state;
  }

  public LocalDate date() {
    return date;
  }

  public String slot() {
    return slot;
  }

  public CountyLeader leader() {
    return leader;
  }

  public ReceptionMode mode() {
    return mode;
  }

  public Optional<RegistrationNumber> matter() {
    return matter;
  }
}
