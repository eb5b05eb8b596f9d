package org.db3311.sgc.core.followup;

import org.db3311.sgc.core.catalog.Implements;

/** How satisfaction is surveyed (6.2.1.4.2). */
@Implements("6.2.1.4.2")
public enum SurveyMethod {
  /** 智能回访. */
  AUTOMATED_CALL,
  /** 短信回访. */
  SMS,
  /** 电话回访. */
  PHONE,
  /** 实地回访. */
  VISIT,
  /** 网络回访. */
  WEB
}
