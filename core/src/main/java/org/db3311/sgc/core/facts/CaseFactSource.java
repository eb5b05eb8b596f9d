package org.db3311.sgc.core.facts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Outgoing port: the matter facts analysis works on. Fed from casework's domain events by a
 * projection (the mapping is in docs/analysis.md); reports, warnings and evaluation only read.
 */
public interface CaseFactSource {

  /** Every fact, in no particular order. */
  Stream<MatterFact> all();

  Optional<MatterFact> find(MatterId id);

  /** Facts of matters registered in [from, to). */
  default Stream<MatterFact> registeredBetween(Instant from, Instant to) {
    return all().filter(f -> !f.registeredAt().isBefore(from) && f.registeredAt().isBefore(to));
  }

  /**
   * The counts of the matters registered and closed in [from, to), days taken in {@code zone}: what
   * the weekly and monthly reports are made of. This default reads every fact; a store backed by a
   * database counts there, and must give the same counts as {@link PeriodCounts#tally}.
   */
  default PeriodCounts countsBetween(Instant from, Instant to, ZoneId zone) {
    return PeriodCounts.tally(all()::iterator, from, to, zone);
  }
}
