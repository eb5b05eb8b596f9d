package org.db3311.sgc.core.common;

/** A workflow was asked for an action its current state does not allow. */
public final class IllegalTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String workflow;
  private final String state;
  private final String action;

  public IllegalTransitionException(String workflow, Enum<?> state, Enum<?> action) {
    super(workflow + ": action " + action + " is not allowed in state " + state);
    this.workflow = workflow;
    this.state = state.name();
    this.action = action.name();
  }

  public String workflow() {
    return workflow;
  }

  public String state() {
    return state;
  }

  public String action() {
    return action;
  }
}
