package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.common.UnitId;

/**
 * A page of the matter list: filters (each absent or empty one matches every matter), an order and
 * a page. Built from {@link #all()} with the {@code with…} methods; every value is checked here, so
 * a store never sees a query it cannot answer.
 *
 * <p>Every order ends with the registration number in the same direction, so the order is total:
 * reading page after page of an unchanged store returns every matching matter exactly once.
 *
 * @param place the division the matters arose in ({@link PlaceScope}: a county sees its townships)
 * @param states the matter states to list; empty: every state
 * @param handlingUnit the lead unit of the matter's supervision file
 * @param categoryCode the dispute or event category, exactly
 * @param channels the channels the matters came in by; empty: every channel
 * @param registeredFrom the first instant of the registration period, included
 * @param registeredUntil the instant the registration period ends, excluded
 * @param offset how many matters of the order to skip, at most {@value #MAX_OFFSET}
 * @param limit the page size, 1 to {@value #MAX_LIMIT}
 * @param after for a seek page, the place in the order of the last matter of the page before; the
 *     page is the matters after it (offset 0)
 */
public record MatterQuery(
    Optional<PlaceScope> place,
    Set<MatterState> states,
    Optional<UnitId> handlingUnit,
    Optional<String> categoryCode,
    Set<Channel> channels,
    Optional<Instant> registeredFrom,
    Optional<Instant> registeredUntil,
    Sort sort,
    Direction direction,
    int offset,
    int limit,
    Optional<After> after) {

  /** The largest page. */
  public static final int MAX_LIMIT = 200;

  /** The deepest page start: beyond it, narrow the filters (a store reads every skipped row). */
  public static final int MAX_OFFSET = 100_000;

  /** The default page size. */
  public static final int DEFAULT_LIMIT = 50;

  /** What the list is ordered by; ties are broken by the registration number. */
  public enum Sort {
    /** The registration time. */
    REGISTERED_AT,
    /** The registration number: county, date, sequence. */
    NUMBER,
    /**
     * The supervision file's next deadline; matters without one (no file, or no clock running) come
     * after those with one, in either direction.
     */
    DEADLINE
  }

  /** Ascending or descending. */
  public enum Direction {
    ASCENDING,
    DESCENDING
  }

  public MatterQuery {
    Objects.requireNonNull(place, "place");
    states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    Objects.requireNonNull(handlingUnit, "handlingUnit");
    Objects.requireNonNull(categoryCode, "categoryCode");
    if (categoryCode.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("a category filter names a category");
    }
    channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    Objects.requireNonNull(registeredFrom, "registeredFrom");
    Objects.requireNonNull(registeredUntil, "registeredUntil");
    if (registeredFrom.isPresent()
        && registeredUntil.isPresent()
        && !registeredFrom.get().isBefore(registeredUntil.get())) {
      throw new IllegalArgumentException(
          "a registration period ends after it starts: "
              + registeredFrom.get()
              + " is not before "
              + registeredUntil.get());
    }
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(direction, "direction");
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException(
          "a page starts at 0 to " + MAX_OFFSET + " (narrow the filters), not " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "a page holds 1 to " + MAX_LIMIT + " matters, not " + limit);
    }
    Objects.requireNonNull(after, "after");
    if (after.isPresent() && offset != 0) {
      throw new IllegalArgumentException("a page starts after a matter or at an offset, not both");
    }
  }

  /**
   * A matter's place in the order of any sort: its registration time, its supervision deadline and
   * its number (each sort reads the ones it orders by). A seek page starts after it, so a store
   * reads its index from there: a deep page costs what the first does, where an offset walks past
   * every skipped matter (hence {@value #MAX_OFFSET} at most).
   */
  public record After(
      Instant registeredAt, Optional<LocalDate> deadline, RegistrationNumber number) {
    public After {
      Objects.requireNonNull(registeredAt, "registeredAt");
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(number, "number");
    }

    public static After of(MatterSummary m) {
      return new After(m.registeredAt(), m.deadline(), m.number());
    }
  }

  /** Every matter, newest registration first, the first {@value #DEFAULT_LIMIT}. */
  public static MatterQuery all() {
    return new MatterQuery(
        Optional.empty(),
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        Sort.REGISTERED_AT,
        Direction.DESCENDING,
        0,
        DEFAULT_LIMIT,
        Optional.empty());
  }

  public MatterQuery within(PlaceScope scope) {
    return new MatterQuery(
        Optional.of(scope),
        states,
        handlingUnit,
        categoryCode,
        channels,
        registeredFrom,
        registeredUntil,
        sort,
        direction,
        offset,
        limit,
        after);
  }

  public MatterQuery inStates(MatterState... wanted) {
    return new MatterQuery(
        place,
        Set.copyOf(Arrays.asList(wanted)),
        handlingUnit,
        categoryCode,
        channels,
        registeredFrom,
        registeredUntil,
        sort,
        direction,
        offset,
        limit,
        after);
  }

  public MatterQuery handledBy(UnitId unit) {
    return new MatterQuery(
        place,
        states,
        Optional.of(unit),
        categoryCode,
        channels,
        registeredFrom,
        registeredUntil,
        sort,
        direction,
        offset,
        limit,
        after);
  }

  public MatterQuery inCategory(String code) {
    return new MatterQuery(
        place,
        states,
        handlingUnit,
        Optional.of(code),
        channels,
        registeredFrom,
        registeredUntil,
        sort,
        direction,
        offset,
        limit,
        after);
  }

  public MatterQuery via(Channel... wanted) {
    return new MatterQuery(
        place,
        states,
        handlingUnit,
        categoryCode,
        Set.copyOf(Arrays.asList(wanted)),
        registeredFrom,
        registeredUntil,
        sort,
        direction,
        offset,
        limit,
        after);
  }

  /** Registered at or after {@code from} and before {@code until}. */
  public MatterQuery registeredBetween(Instant from, Instant until) {
    return new MatterQuery(
        place,
        states,
        handlingUnit,
        categoryCode,
        channels,
        Optional.of(from),
        Optional.of(until),
        sort,
        direction,
        offset,
        limit,
        after);
  }

  public MatterQuery sortedBy(Sort by, Direction towards) {
    return new MatterQuery(
        place,
        states,
        handlingUnit,
        categoryCode,
        channels,
        registeredFrom,
        registeredUntil,
        by,
        towards,
        offset,
        limit,
        after);
  }

  /** The page of {@code size} matters starting after {@code skip} of them. */
  public MatterQuery page(int skip, int size) {
    return new MatterQuery(
        place,
        states,
        handlingUnit,
        categoryCode,
        channels,
        registeredFrom,
        registeredUntil,
        sort,
        direction,
        skip,
        size,
        Optional.empty());
  }

  /** The page after this one, by offset. */
  public MatterQuery next() {
    return page(offset + limit, limit);
  }

  /** The page of {@code size} matters that follow {@code last} in the order: a seek page. */
  public MatterQuery after(After last, int size) {
    return new MatterQuery(
        place,
        states,
        handlingUnit,
        categoryCode,
        channels,
        registeredFrom,
        registeredUntil,
        sort,
        direction,
        0,
        size,
        Optional.of(last));
  }

  /** True when the matter passes every filter. */
  public boolean matches(MatterSummary m) {
    return place.map(p -> p.covers(m.county(), m.townshipCode())).orElse(true)
        && (states.isEmpty() || states.contains(m.state()))
        && handlingUnit.map(u -> m.handlingUnit().equals(Optional.of(u))).orElse(true)
        && categoryCode.map(c -> c.equals(m.categoryCode())).orElse(true)
        && (channels.isEmpty() || channels.contains(m.channel()))
        && registeredFrom.map(f -> !m.registeredAt().isBefore(f)).orElse(true)
        && registeredUntil.map(u -> m.registeredAt().isBefore(u)).orElse(true);
  }

  /** The order of the list: the sort key, then the registration number, both in the direction. */
  public Comparator<MatterSummary> order() {
    return Comparator.comparing(After::of, placeOrder());
  }

  /** The order of places in the list ({@link After}), which {@link #order()} sorts matters by. */
  public Comparator<After> placeOrder() {
    Comparator<After> byNumber = Comparator.comparing(After::number);
    Comparator<After> order =
        switch (sort) {
          case REGISTERED_AT -> Comparator.comparing(After::registeredAt).thenComparing(byNumber);
          case NUMBER -> byNumber;
          case DEADLINE ->
              Comparator.comparing((After m) -> m.deadline().orElse(LocalDate.MIN))
                  .thenComparing(byNumber);
        };
    if (direction == Direction.DESCENDING) {
      order = order.reversed();
    }
    if (sort == Sort.DEADLINE) {
      // without a deadline: last in either direction
      Comparator<After> undated = Comparator.comparing(m -> m.deadline().isEmpty());
      order = undated.thenComparing(order);
    }
    return order;
  }
}
