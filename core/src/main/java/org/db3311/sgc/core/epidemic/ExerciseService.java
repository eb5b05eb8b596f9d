package org.db3311.sgc.core.epidemic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.AuditTrail;

/**
 * Training and drills (6.7.1.2) kept in the {@link ExerciseLog} and checked by {@code
 * ExerciseRegularity} against the stored mode switches, so that a training owed after wartime was
 * declared is found whichever instance declared it.
 */
@Implements("6.7.1.2")
public final class ExerciseService implements ExerciseUseCases {

  static final String AGGREGATE = "EpidemicExercise";

  private final ExerciseLog log;
  private final EpidemicCommandRepository commands;
  private final ExerciseRegularity regularity;
  private final AuditTrail audit;
  private final Clock clock;

  public ExerciseService(
      ExerciseLog log,
      EpidemicCommandRepository commands,
      RegularityPolicy policy,
      AuditTrail audit,
      Clock clock) {
    this.log = Objects.requireNonNull(log, "log");
    this.commands = Objects.requireNonNull(commands, "commands");
    this.regularity = new ExerciseRegularity(policy);
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Exercise record(RecordExercise command) {
    Exercise e = command.exercise();
    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
    if (e.date().isAfter(today)) {
      throw new IllegalArgumentException(
          "an exercise is recorded once held: " + e.date() + " is after today, " + today);
    }
    log.add(e);
    audit.append(
        new AuditEntry(
            clock.instant(),
            command.by(),
            AGGREGATE,
            e.kind() + ":" + e.date(),
            "RECORDED",
            "NONE",
            "HELD",
            e.topic()));
    return e;
  }

  @Override
  public List<Exercise> exercises(Span span) {
    return log.all().stream()
        .filter(e -> !e.date().isBefore(span.from()) && !e.date().isAfter(span.to()))
        .sorted(Comparator.comparing(Exercise::date).thenComparing(Exercise::kind))
        .toList();
  }

  @Override
  public List<RegularityFinding> regularity(Span span) {
    List<ModeSwitch> switches = commands.find().map(EpidemicCommand::switches).orElse(List.of());
    return regularity.check(log.all(), switches, span.from(), span.to(), clock.getZone());
  }
}
