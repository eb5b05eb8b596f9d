package org.db3311.sgc.adapter.amqp;

/** The broker cannot be reached or refused what was asked of it; the message says which and why. */
public final class AmqpUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AmqpUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
