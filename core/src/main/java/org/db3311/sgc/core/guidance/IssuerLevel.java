package org.db3311.sgc.core.guidance;

/** Who a task comes from (承接省市县工作任务). */
public enum IssuerLevel {
  PROVINCE,
  CITY,
  COUNTY
}
