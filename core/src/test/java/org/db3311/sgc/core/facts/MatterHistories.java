package org.db3311.sgc.core.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;

/**
 * Generates plausible matter histories (registration → acceptance → assignment → sign-for → closure
 * → survey, with any step possibly not reached yet) for properties and benchmarks.
 */
public final class MatterHistories {

  public static final Instant START = Instant.parse("2024-12-31T16:00:00Z"); // 2025-01-01 +08:00
  public static final List<UnitId> UNITS =
      List.of(
          UnitId.of("county.hrss"),
          UnitId.of("county.justice"),
          UnitId.of("county.petition"),
          UnitId.of("town.liandu.01"),
          UnitId.of("town.liandu.02"));
  public static final List<String> CATEGORIES =
      List.of("劳动争议", "邻里", "婚姻家庭", "物业", "征地拆迁", "消费", "道路交通事故", "医疗");
  public static final List<String> CAUSES = List.of("欠薪", "噪音", "边界", "服务质量", "补偿", "unspecified");
  public static final List<DivisionCode> PLACES =
      List.of(
          DivisionCode.of("331102"),
          DivisionCode.of("331121"),
          DivisionCode.of("331122"),
          DivisionCode.of("331123"));

  private static final long HOUR = 3600;
  private static final long DAY = 24 * HOUR;

  private MatterHistories() {}

  /**
   * @param days matters are registered over this many days from {@link #START}
   * @param persons how many distinct applicants to draw from (fewer persons, more repeats)
   */
  public static List<MatterFact> generate(Random r, int count, int days, int persons) {
    List<MatterFact> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(one(r, i, days, persons));
    }
    return out;
  }

  public static MatterFact one(Random r, int seq, int days, int persons) {
    Instant registered = START.plusSeconds((long) (r.nextDouble() * days * DAY));
    MatterKind kind = MatterKind.values()[r.nextInt(MatterKind.values().length)];
    MatterFact.Builder b =
        MatterFact.registered(
                MatterId.of(String.format("331121-%08d", seq)),
                kind,
                CATEGORIES.get(r.nextInt(CATEGORIES.size())),
                PLACES.get(r.nextInt(PLACES.size())),
                registered)
            .occurredAt(registered.minusSeconds(r.nextInt((int) (3 * DAY))))
            .cause(CAUSES.get(r.nextInt(CAUSES.size())))
            .channel(IntakeChannel.values()[r.nextInt(IntakeChannel.values().length)])
            .applicants(Set.of(PersonKey.of("p" + r.nextInt(persons))))
            .partyCount(1 + (r.nextInt(10) == 0 ? r.nextInt(40) : r.nextInt(3)))
            .escalation(EscalationLevel.values()[r.nextInt(10) < 7 ? 0 : 1 + r.nextInt(3)]);
    if (r.nextInt(10) == 0) {
      return b.build();
    }
    Instant accepted = registered.plusSeconds(r.nextInt((int) (2 * DAY)));
    b.accepted(accepted).handlingDue(accepted.plusSeconds((10 + r.nextInt(50)) * DAY));
    if (r.nextInt(100) < 85) {
      Instant assigned = accepted.plusSeconds(r.nextInt((int) DAY));
      UnitId unit = UNITS.get(r.nextInt(UNITS.size()));
      b.assigned(unit, assigned, assigned.plus(Duration.ofDays(1 + r.nextInt(3))));
      b.handlingMethod(r.nextBoolean() ? "人民调解" : "部门处置");
      if (r.nextInt(10) < 9) {
        b.signedFor(assigned.plusSeconds(r.nextInt((int) (5 * DAY))));
      }
    }
    if (r.nextInt(10) < 7) {
      Instant closed = accepted.plusSeconds(r.nextInt((int) (90 * DAY)));
      b.closed(closed, Outcome.values()[r.nextInt(Outcome.values().length)]);
      if (r.nextInt(10) < 6) {
        b.survey(
            SurveyAnswer.values()[r.nextInt(SurveyAnswer.values().length)],
            closed.plusSeconds(r.nextInt((int) (10 * DAY))));
      }
    }
    return b.build();
  }

  /**
   * The same matters, some handed from unit to unit before their current assignment and some
   * surveyed in earlier follow-up rounds, drawn from {@code r} alone so that {@link #generate}'s
   * histories stay as they were.
   */
  public static List<MatterFact> withEarlierRounds(Random r, List<MatterFact> facts) {
    List<MatterFact> out = new ArrayList<>(facts.size());
    for (MatterFact f : facts) {
      out.add(withEarlierRounds(r, f));
    }
    return out;
  }

  static MatterFact withEarlierRounds(Random r, MatterFact f) {
    MatterFact.Builder b = f.toBuilder();
    if (f.assignedAt().isPresent() && f.acceptedAt().isPresent() && r.nextInt(10) < 4) {
      long window =
          Math.max(1, Duration.between(f.acceptedAt().get(), f.assignedAt().get()).getSeconds());
      long[] offsets = r.longs(1 + r.nextInt(2), 0, window).sorted().toArray();
      for (int i = 0; i < offsets.length; i++) {
        Instant at = f.acceptedAt().get().plusSeconds(offsets[i]);
        Instant next =
            i + 1 < offsets.length
                ? f.acceptedAt().get().plusSeconds(offsets[i + 1])
                : f.assignedAt().get();
        long gap = Math.max(1, Duration.between(at, next).getSeconds());
        Optional<Instant> signed =
            r.nextBoolean() ? Optional.of(at.plusSeconds(r.nextLong(gap))) : Optional.empty();
        b.earlierAssignment(
            new Assignment(
                UNITS.get(r.nextInt(UNITS.size())),
                at,
                at.plus(Duration.ofHours(1 + r.nextInt(72))),
                signed));
      }
    }
    if (f.survey().isPresent() && r.nextInt(10) < 4) {
      Instant latest = f.survey().get().answeredAt();
      long[] back = r.longs(1 + r.nextInt(2), 1, 20 * DAY).sorted().toArray();
      for (int i = back.length - 1; i >= 0; i--) {
        b.earlierSurvey(
            SurveyAnswer.values()[r.nextInt(SurveyAnswer.values().length)],
            latest.minusSeconds(back[i]));
      }
    }
    return b.build();
  }
}
