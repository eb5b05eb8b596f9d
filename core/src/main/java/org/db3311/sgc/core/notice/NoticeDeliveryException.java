package org.db3311.sgc.core.notice;

/**
 * A notice was not sent. {@link #retryable()} tells a failure that may pass (the gateway is down, a
 * timeout, a 5xx answer) from a refusal that will not (the gateway refused the request: a 4xx
 * answer). Its message never holds personal data.
 */
public class NoticeDeliveryException extends RuntimeException {

  private final boolean retryable;

  public NoticeDeliveryException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public NoticeDeliveryException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** True when a later attempt may succeed. */
  public boolean retryable() {
    return retryable;
  }
}
