package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: where matters are kept. A save honours the matter's version: saving a matter read
 * at a version that is no longer the stored one fails with an {@link
 * org.db3311.sgc.core.common.OptimisticLockException}; on success the matter carries the new
 * version.
 */
public interface MatterRepository {

  /**
   * @throws org.db3311.sgc.core.common.OptimisticLockException when the stored version is not the
   *     one the matter was read at
   * @throws DuplicateSourceReferenceException when a new matter's source reference is already held
   *     by another matter (the same transfer stored twice at once)
   */
  void save(Matter matter);

  Optional<Matter> find(RegistrationNumber number);

  /** The matter a source system transferred under this reference, if any. */
  Optional<Matter> findBySource(SourceReference source);

  /** Matters registered at or after the instant, oldest first. */
  List<Matter> registeredSince(Instant since);

  /**
   * Matters registered at or after {@code since} that the repeat rule ({@link RepeatDetectionRule})
   * might link to a new registration, each as the rule weighs it: at least every matter with one of
   * its applicants, and every matter of its category in its area. More is allowed (the rule
   * decides); fewer is not. The default reads the whole window; a database adapter answers it from
   * its columns and indexes, so registering a matter reads neither every matter of the last 90 days
   * nor the whole of any.
   */
  default List<RepeatCandidate> repeatCandidates(Registration registration, Instant since) {
    return RepeatCandidate.of(registeredSince(since), registration);
  }
}
