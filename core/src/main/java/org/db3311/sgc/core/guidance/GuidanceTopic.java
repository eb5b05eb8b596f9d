package org.db3311.sgc.core.guidance;

/** The fields of grassroots guidance that 6.8 lists. */
public enum GuidanceTopic {
  /** 基层治理综合信息平台建设. */
  PLATFORM_BUILDING,
  /** 全科网格工作. */
  GRID_WORK,
  /** 综合治理. */
  COMPREHENSIVE_GOVERNANCE,
  /** 政策法规宣传. */
  POLICY_AND_LAW_PUBLICITY,
  /** 社会保障. */
  SOCIAL_SECURITY,
  /** 应急管理. */
  EMERGENCY_MANAGEMENT,
  /** 便民服务. */
  CONVENIENCE_SERVICES,
  /** 疫情防控. */
  EPIDEMIC_CONTROL,
  /** 合法权益维护. */
  RIGHTS_PROTECTION,
  /** Anything else the list's “等” covers. */
  OTHER
}
