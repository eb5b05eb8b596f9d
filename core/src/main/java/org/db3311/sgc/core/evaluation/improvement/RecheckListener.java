package org.db3311.sgc.core.evaluation.improvement;

/**
 * Told of every re-check as it is recorded, to feed the result back to whoever raised the finding
 * (e.g. the citizen whose complaint led to the action).
 */
@FunctionalInterface
public interface RecheckListener {
  void rechecked(CorrectiveAction action, RecheckResult result);
}
