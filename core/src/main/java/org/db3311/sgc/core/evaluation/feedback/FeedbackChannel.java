package org.db3311.sgc.core.evaluation.feedback;

/** How feedback arrives. */
public enum FeedbackChannel {
  WEB,
  MOBILE,
  PHONE,
  LETTER,
  SUGGESTION_BOX,
  ON_SITE,
  HIGHER_LEVEL
}
