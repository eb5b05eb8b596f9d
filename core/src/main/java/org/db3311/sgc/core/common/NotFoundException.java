package org.db3311.sgc.core.common;

import java.util.NoSuchElementException;

/**
 * A command or query named something that does not exist (an unknown registration number, case,
 * file, booking…). Each aggregate has its own subclass, so a caller can tell which; a REST layer
 * answers 404 for all of them.
 */
public abstract class NotFoundException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  private final String aggregateType;
  private final String aggregateId;

  protected NotFoundException(String aggregateType, String aggregateId, String message) {
    super(message);
    this.aggregateType = aggregateType;
    this.aggregateId = aggregateId;
  }

  /** What was looked for, e.g. {@code Matter}. */
  public String aggregateType() {
    return aggregateType;
  }

  /** The id that was not found. */
  public String aggregateId() {
    return aggregateId;
  }
}
