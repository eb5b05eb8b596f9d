package org.db3311.sgc.core.evaluation.feedback;

/** The finding on a complaint. */
public enum Verdict {
  UPHELD,
  NOT_UPHELD
}
