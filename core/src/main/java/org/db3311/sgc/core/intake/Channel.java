package org.db3311.sgc.core.intake;

import org.db3311.sgc.core.catalog.Implements;

/** How a matter reached the center (受理方式). */
public enum Channel {
  /** The undifferentiated intake window (无差别受理窗口). */
  @Implements("6.1.1.1")
  WINDOW(Kind.IN_PERSON),
  /** The "浙江解纷码" online entry; the applicant chooses online mediation or an offline visit. */
  @Implements("6.1.1.2.1")
  DISPUTE_CODE(Kind.ONLINE),
  /** 基层治理综合信息系统. */
  @Implements("6.1.1.2.2")
  GRASSROOTS_GOVERNANCE_SYSTEM(Kind.TRANSFER),
  /** 浙江省统一政务咨询投诉举报平台 (浙里访). */
  @Implements("6.1.1.2.2")
  ZHELIFANG(Kind.TRANSFER),
  /** 人社一体化平台. */
  @Implements("6.1.1.2.2")
  HR_SOCIAL_SECURITY_PLATFORM(Kind.TRANSFER),
  /** 基层全科网格: reported by a grid worker. */
  @Implements("6.1.1.2.2")
  GRID_WORKER(Kind.TRANSFER),
  /** 110 police calls. */
  @Implements("6.1.1.2.2")
  POLICE_110(Kind.TRANSFER),
  /** 12345 government service hotline. */
  @Implements("6.1.1.2.2")
  HOTLINE_12345(Kind.TRANSFER),
  /** 96345 service hotline. */
  @Implements("6.1.1.2.2")
  HOTLINE_96345(Kind.TRANSFER),
  /** Content issued down by the city-level comprehensive-governance center. */
  @Implements("8.2.2")
  CITY_CENTER(Kind.TRANSFER),
  /** 领导接访: raised to a leader on reception day. */
  @Implements("6.1.1.3")
  LEADER_RECEPTION(Kind.OTHER),
  /** 领导交办: assigned by a leader. */
  @Implements("6.1.1.3")
  LEADER_ASSIGNMENT(Kind.OTHER),
  /** 部门转交: handed over by a department. */
  @Implements("6.1.1.3")
  DEPARTMENT_TRANSFER(Kind.OTHER);

  private final Kind kind;

  Channel(Kind kind) {
    this.kind = kind;
  }

  /**
   * True for a transfer from another system: it carries that system's own reference, so the same
   * transfer arriving twice is recognised.
   */
  public boolean isTransfer() {
    return kind == Kind.TRANSFER;
  }

  /** True for the online entry, where the applicant states how they want the dispute handled. */
  public boolean asksForResolutionPreference() {
    return kind == Kind.ONLINE;
  }

  private enum Kind {
    IN_PERSON,
    ONLINE,
    TRANSFER,
    OTHER
  }
}
