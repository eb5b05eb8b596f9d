package org.db3311.sgc.core.archive;

/** What a record of an electronic file is. */
public enum RecordType {
  /** 登记 — the registration of the matter. */
  REGISTRATION,
  /** 材料 — a material's metadata and content hash (the material itself stays in its store). */
  MATERIAL,
  /** 决定 — an intake, routing or handling decision. */
  DECISION,
  /** 笔录 — a record of mediation, an interview or a session. */
  RECORD,
  /** 协议 — a mediation agreement. */
  AGREEMENT,
  /** 告知书/通知 — a notice to a party, including the result notice. */
  NOTICE,
  /** 回访 — follow-up and satisfaction survey. */
  FOLLOW_UP,
  /** 复盘 — the review after closure of an event. */
  REVIEW,
  /** 举报 — a report by the public. */
  REPORT,
  /** 投诉 — a complaint. */
  COMPLAINT,
  /** 排查 — a screening. */
  SCREENING,
  /** 操作留痕 — one entry of the audit trail. */
  AUDIT_ENTRY,
  /** Anything else the handling unit files. */
  OTHER
}
