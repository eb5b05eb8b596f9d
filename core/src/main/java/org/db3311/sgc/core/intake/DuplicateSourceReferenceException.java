package org.db3311.sgc.core.intake;

/**
 * A {@link MatterRepository} refused to store a new matter whose source reference another matter
 * already holds: the same transfer arrived twice at once (6.1.1.2.2). {@link IntakeService} answers
 * it with the matter registered first, so a client never sees it.
 */
public final class DuplicateSourceReferenceException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final SourceReference source;
  private final RegistrationNumber existing;

  public DuplicateSourceReferenceException(SourceReference source, RegistrationNumber existing) {
    super("source reference " + source + " is already matter " + existing);
    this.source = source;
    this.existing = existing;
  }

  public SourceReference source() {
    return source;
  }

  /** The matter that holds the reference. */
  public RegistrationNumber existing() {
    return existing;
  }
}
