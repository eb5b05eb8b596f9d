package org.db3311.sgc.core.reception;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;

/**
 * When the receiving leader sees booked visitors (预约接访, 主动约访) on a reception day, and how many in
 * each slot: a product default the county replaces. The standard asks for a leader every working
 * day (6.2.1.2); the capacity keeps that leader from being booked beyond what one slot can hold.
 *
 * @param slots the day's slots in order, each with its usual capacity
 * @param overrides capacities for particular days, by slot code (0 closes a slot that day)
 */
@Implements("6.2.1.2")
public record ReceptionSchedule(List<Slot> slots, Map<LocalDate, Map<String, Integer>> overrides) {

  public ReceptionSchedule {
    slots = List.copyOf(slots);
    if (slots.isEmpty()) {
      throw new IllegalArgumentException("a reception day has at least one slot");
    }
    Set<String> codes = new HashSet<>();
    for (Slot s : slots) {
      if (!codes.add(s.code())) {
        throw new IllegalArgumentException("slot " + s.code() + " is defined twice");
      }
    }
    Map<LocalDate, Map<String, Integer>> copy = new HashMap<>();
    overrides.forEach(
        (date, bySlot) -> {
          for (var e : bySlot.entrySet()) {
            if (!codes.contains(e.getKey())) {
              throw new IllegalArgumentException(
                  "no slot " + e.getKey() + " to override on " + date);
            }
            if (e.getValue() < 0) {
              throw new IllegalArgumentException("a capacity is not negative: " + e.getValue());
            }
          }
          copy.put(Objects.requireNonNull(date, "date"), Map.copyOf(bySlot));
        });
    overrides = Map.copyOf(copy);
  }

  /** Morning 08:30–11:30 and afternoon 14:30–17:00, four visitors each. */
  public static ReceptionSchedule defaults() {
    return new ReceptionSchedule(
        List.of(
            new Slot("AM", LocalTime.of(8, 30), LocalTime.of(11, 30), 4),
            new Slot("PM", LocalTime.of(14, 30), LocalTime.of(17, 0), 4)),
        Map.of());
  }

  /** This schedule with one slot's capacity changed on one day. */
  public ReceptionSchedule withCapacity(LocalDate date, String slot, int capacity) {
    Map<LocalDate, Map<String, Integer>> m = new HashMap<>(overrides);
    Map<String, Integer> day = new HashMap<>(m.getOrDefault(date, Map.of()));
    day.put(slot, capacity);
    m.put(date, day);
    return new ReceptionSchedule(slots, m);
  }

  public Optional<Slot> slot(String code) {
    return slots.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  public List<String> codes() {
    List<String> out = new ArrayList<>();
    slots.forEach(s -> out.add(s.code()));
    return out;
  }

  /** How many bookings the slot takes on the day. */
  public int capacity(LocalDate date, String code) {
    Slot s =
        slot(code).orElseThrow(() -> new IllegalArgumentException("no reception slot " + code));
    return overrides.getOrDefault(date, Map.of()).getOrDefault(code, s.capacity());
  }

  /** A slot of a reception day and how many visitors it usually takes. */
  public record Slot(String code, LocalTime start, LocalTime end, int capacity) {
    public Slot {
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException("a slot has a code");
      }
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("slot " + code + " ends after it starts");
      }
      if (capacity < 1) {
        throw new IllegalArgumentException("slot " + code + " takes at least one visitor");
      }
    }
  }
}
