package org.db3311.sgc.core.facts;

/** The kinds of social-governance matter that 6.4.1.1 names for daily collection. */
public enum MatterKind {
  /** 矛盾纠纷. */
  DISPUTE,
  /** 信访问题. */
  PETITION,
  /** 涉稳事件. */
  STABILITY_EVENT,
  /** 平安隐患. */
  SAFETY_HAZARD,
  /** 群众诉求. */
  PUBLIC_DEMAND,
  /** 突发事件 reported into the center. */
  EMERGENCY,
  /** 涉疫事件. */
  EPIDEMIC,
  /** Any other matter. */
  OTHER
}
