package org.db3311.sgc.adapter.mqtt;

/** The display broker cannot be reached or refused the connection when the board started. */
public final class DisplayUnavailableException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public DisplayUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
