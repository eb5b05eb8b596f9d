package org.db3311.sgc.core.intake;

/** The role of a party in a matter. */
public enum PartyRole {
  /** 申请人 / 反映人: who brought the matter. */
  APPLICANT,
  /** 被申请人: the other side of a dispute. */
  RESPONDENT,
  /** 第三人 and other persons concerned. */
  OTHER
}
