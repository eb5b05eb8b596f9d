package org.db3311.sgc.core.risk.report;

/** The reports of risk analysis (风险研判, 6.4). */
public enum ReportKind {
  /** 每日采集汇总 (6.4.1.1). */
  DAILY_COLLECTION,
  /** 每周研判专报 on types and causes (6.4.1.2). */
  WEEKLY,
  /** 一事一专报: one report per major risk (6.4.1.2). */
  SPECIAL,
  /** 每月研判报告 with mitigation measures (6.4.1.3). */
  MONTHLY
}
