package org.db3311.sgc.adapter.gateway;

import org.db3311.sgc.core.common.RecipientRefusedException;

/**
 * The other body refused the request with a 4xx answer (bad content, unknown reference, credentials
 * not accepted…): it was not retried, and sending the same again will be refused again. The message
 * names the body, the domain reference and the problem's status, title and type; the problem's
 * {@code detail}, which is the other side's free text, is kept in {@link #problem()} only.
 */
public final class GatewayRefusedException extends RecipientRefusedException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  GatewayRefusedException(String body, String subject, Problem problem) {
    super(body, subject, problem.summary());
    this.problem = problem;
  }

  /** The body's answer as problem details. */
  public Problem problem() {
    return problem;
  }
}
