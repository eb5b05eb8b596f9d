package org.db3311.sgc.core.evaluation.staff;

/** The center's daily rules (日常规范) that conduct checks look at, from 7.2.1 and 7.4. */
public enum ConductRule {
  /** 7.2.1.1 统一着装，佩戴工作证件. */
  UNIFORM_AND_BADGE,
  /** 7.2.1.2 仪容仪表、举止行为和服务用语. */
  APPEARANCE_AND_LANGUAGE,
  /** 7.2.1.3 按序叫号，有序办事. */
  QUEUE_BY_NUMBER,
  /** 7.2.1.3 不应带无关人员进入工作区域. */
  NO_UNAUTHORISED_PERSONS,
  /** 7.4 不应泄露单位及当事人信息. */
  CONFIDENTIALITY
}
