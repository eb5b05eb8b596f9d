package org.db3311.sgc.core.common;

import java.util.Objects;

/**
 * Another body the center sends to (the city center, another county's center, the courts' online
 * filing service, a source platform) refused what it was sent: a final answer about that content,
 * which sending the same again will not change, unlike an outage after which it can be sent again.
 * The recipient recorded nothing, and neither does the use case that was sending it.
 *
 * <p>An outgoing port's adapter throws it for a refusal; callers that keep failed deliveries for a
 * retry (e.g. {@link RuntimeException}s kept as failures) may tell it apart and show it to a person
 * instead of retrying it unchanged.
 */
public class RecipientRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String recipient;
  private final String subject;
  private final String reason;

  /**
   * @param recipient who refused, e.g. {@code city-center}
   * @param subject what was refused, by its domain reference (never personal data)
   * @param reason the recipient's reason, as it gave it
   */
  public RecipientRefusedException(String recipient, String subject, String reason) {
    super(recipient + " refused " + subject + ": " + reason);
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Who refused. */
  public String recipient() {
    return recipient;
  }

  /** What was refused, by its domain reference. */
  public String subject() {
    return subject;
  }

  /** The recipient's reason. */
  public String reason() {
    return reason;
  }
}
