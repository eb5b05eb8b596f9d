package org.db3311.sgc.core.epidemic;

/** The epidemic-control mechanism in force (疫情防控机制). */
public enum EpidemicMode {
  /** 平时. */
  PEACETIME,
  /** 战时. */
  WARTIME
}
