package org.db3311.sgc.core.assessment.finding;

/**
 * How an assessment takes its evidence (ruling R11); every report states it.
 *
 * <p>Software-rule clauses are judged from the declared facts in both modes; attestation clauses
 * need a current attestation in both; organisational clauses are judged from the declared facts in
 * a self-assessment and need a current attestation in an inspection.
 */
public enum EvidenceMode {
  /** 自评: the county assesses its own center from the facts it declares. */
  SELF_ASSESSMENT("自评", "self-assessment"),
  /** 核查: an inspection, which also asks for attestations of the organisational clauses. */
  INSPECTION("核查", "inspection");

  private final String zh;
  private final String en;

  EvidenceMode(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }
}
