package org.db3311.sgc.core.facts;

/** How a matter reached the center (6.1.1), as far as analysis needs to know: online or not. */
public enum IntakeChannel {
  WINDOW(false),
  JIEFENMA(true),
  GRASSROOTS_SYSTEM(true),
  ZHELIFANG(true),
  HR_SOCIAL_SECURITY_PLATFORM(true),
  GRID_WORKER(true),
  HOTLINE_110(true),
  HOTLINE_12345(true),
  HOTLINE_96345(true),
  /** Issued down by the city-level center (8.2.2). */
  CITY_CENTER(true),
  LEADER_RECEPTION(false),
  LEADER_ASSIGNMENT(false),
  DEPARTMENT_TRANSFER(false);

  private final boolean online;

  IntakeChannel(boolean online) {
    this.online = online;
  }

  /** True for data that arrives through a system rather than in person (6.5.1 线上). */
  public boolean online() {
    return online;
  }
}
