package org.db3311.sgc.core.intake;

/**
 * A use case was asked to handle a matter of the other kind: a dispute is resolved under 6.2
 * (mediation), an event handled under 6.3 (event handling). The command, not the matter's state, is
 * at fault, so a REST layer answers 422.
 */
public final class MatterKindMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final RegistrationNumber number;
  private final Category.Kind kind;

  /**
   * @param kind the matter's kind
   * @param attempted what was asked, e.g. "mediation"
   */
  public MatterKindMismatchException(
      RegistrationNumber number, Category.Kind kind, String attempted) {
    super(
        "matter "
            + number
            + " is "
            + (kind == Category.Kind.DISPUTE
                ? "a dispute, resolved under 6.2"
                : "an event, handled under 6.3")
            + ", not for "
            + attempted);
    this.number = number;
    this.kind = kind;
  }

  public RegistrationNumber number() {
    return number;
  }

  /** The matter's kind. */
  public Category.Kind kind() {
    return kind;
  }
}
