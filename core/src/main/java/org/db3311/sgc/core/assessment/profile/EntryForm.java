package org.db3311.sgc.core.assessment.profile;

/** In what form a resident unit entered (Appendix A: 成建制 or 团队式入驻). */
public enum EntryForm implements Term {
  WHOLE_UNIT("成建制", "as a whole unit"),
  TEAM("团队式", "as a team");

  private final String zh;
  private final String en;

  EntryForm(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
