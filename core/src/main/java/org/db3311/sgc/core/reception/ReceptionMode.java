package org.db3311.sgc.core.reception;

import org.db3311.sgc.core.catalog.Implements;

/** How a leader receives visitors (6.2.1.2). */
@Implements("6.2.1.2")
public enum ReceptionMode {
  /** 随机接访: visitors walk in on the day. */
  RANDOM_WALK_IN,
  /** 预约接访: the visitor books a rota day. */
  APPOINTMENT,
  /** 主动约访: the leader invites the visitor. */
  INVITED
}
