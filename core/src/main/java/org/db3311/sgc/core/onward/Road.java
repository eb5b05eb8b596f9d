package org.db3311.sgc.core.onward;

import org.db3311.sgc.core.catalog.Implements;

/**
 * The onward roads (分流途径) of the 多元化解 chain a center routes an unresolved dispute to, when it is
 * unsuitable for mediation, declined by a party, or not settled by mediation.
 */
@Implements("6.2")
public enum Road {
  /** 劳动人事争议仲裁. */
  LABOUR_ARBITRATION("labour_arbitration", "劳动人事争议仲裁"),
  /** 诉讼立案, online where the courts' service takes it (6.2.1.1.2). */
  LITIGATION("litigation", "诉讼立案"),
  /** 行政复议. */
  ADMINISTRATIVE_RECONSIDERATION("administrative_reconsideration", "行政复议"),
  /** 信访 procedure under 信访工作条例. */
  PETITION("petition", "信访程序"),
  /** 法律援助. */
  LEGAL_AID("legal_aid", "法律援助");

  private final String code;
  private final String zh;

  Road(String code, String zh) {
    this.code = code;
    this.zh = zh;
  }

  /** A stable lower-case code, e.g. {@code labour_arbitration}. */
  public String code() {
    return code;
  }

  /** The road's Chinese name, as the parties are told it. */
  public String zh() {
    return zh;
  }

  /** Whether the road has the 信访 reviews (复查, 复核) after its conclusion. */
  public boolean hasReviews() {
    return this == PETITION;
  }

  /** The supervision category of referrals on this road, e.g. {@code onward.petition}. */
  public String supervisionCategory() {
    return "onward." + code;
  }
}
