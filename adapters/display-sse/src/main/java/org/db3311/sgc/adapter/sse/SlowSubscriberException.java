package org.db3311.sgc.adapter.sse;

/**
 * Signalled to a subscriber that fell further behind than its buffer allows; it is dropped, and a
 * browser that reconnects receives the latest state again.
 */
public final class SlowSubscriberException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public SlowSubscriberException(String message) {
    super(message);
  }
}
