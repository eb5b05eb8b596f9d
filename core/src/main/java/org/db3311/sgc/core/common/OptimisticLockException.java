package org.db3311.sgc.core.common;

/**
 * A save started from a version that is no longer the stored one: someone else changed the
 * aggregate in between. The caller reloads and retries or reports the conflict.
 */
public final class OptimisticLockException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String aggregateType;
  private final String aggregateId;
  private final Version attempted;
  private final Version stored;

  public OptimisticLockException(
      String aggregateType, String aggregateId, Version attempted, Version stored) {
    super(
        aggregateType
            + " "
            + aggregateId
            + " was changed concurrently: the save started from version "
            + attempted
            + " but the stored version is "
            + (stored.isNew() ? "none (not stored)" : stored.toString()));
    this.aggregateType = aggregateType;
    this.aggregateId = aggregateId;
    this.attempted = attempted;
    this.stored = stored;
  }

  public String aggregateType() {
    return aggregateType;
  }

  public String aggregateId() {
    return aggregateId;
  }

  public Version attempted() {
    return attempted;
  }

  public Version stored() {
    return stored;
  }
}
