package org.db3311.sgc.core.catalog;

/** How binding a clause is, from the standard's verbal forms (GB/T 1.1—2020 Appendix C). */
public enum NormativeLevel {
  /** 应 — a requirement. */
  SHALL,
  /** 不应 — a prohibition. */
  SHALL_NOT,
  /** 宜 — a recommendation. */
  SHOULD,
  /** 可 — a permission. */
  MAY,
  /** Descriptive text, informative appendices and references to figures absent from the text. */
  INFORMATIVE,
  /** A heading that only groups its children. */
  HEADING;

  /** True for the levels whose gap makes a center or system non-conformant. */
  public boolean isMandatory() {
    return this == SHALL || this == SHALL_NOT;
  }
}
