package org.db3311.sgc.adapter.gateway;

/**
 * The other body could not be reached or did not answer usefully after every attempt (connection
 * refused, timeouts, 5xx, an answer without a receipt). Nothing is known to have been recorded on
 * this side; sending the same again later is safe, as the idempotency key makes the other side
 * apply it once.
 */
public final class GatewayUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String body;
  private final int attempts;

  GatewayUnavailableException(String body, String subject, int attempts, String lastFailure) {
    super(
        body
            + " could not take "
            + subject
            + " ("
            + attempts
            + (attempts == 1 ? " attempt" : " attempts")
            + ", last: "
            + lastFailure
            + "); it can be sent again");
    this.body = body;
    this.attempts = attempts;
  }

  /** The body that could not be reached. */
  public String body() {
    return body;
  }

  /** How many attempts were made. */
  public int attempts() {
    return attempts;
  }
}
