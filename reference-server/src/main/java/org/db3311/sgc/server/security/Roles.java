package org.db3311.sgc.server.security;

/**
 * The roles of a center's staff, as the {@code groups} claim of a bearer token names them. Each
 * endpoint says which roles may call it.
 */
public final class Roles {
  private Roles() {}

  /** Window clerk (综合受理窗口): registers and accepts matters. */
  public static final String CLERK = "clerk";

  /** Mediator (调解员). */
  public static final String MEDIATOR = "mediator";

  /** Department handler: staff of a resident or rotating unit handling a matter. */
  public static final String HANDLER = "handler";

  /** Supervisor: follows deadlines and the supervision view (8.2.4). */
  public static final String SUPERVISOR = "supervisor";

  /** Center leader. */
  public static final String LEADER = "leader";

  /** Analyst: risk reports and statistics. */
  public static final String ANALYST = "analyst";

  /** Archivist (档案管理). */
  public static final String ARCHIVIST = "archivist";

  /**
   * Ticket kiosk of the waiting zone (叫号系统 among the service facilities of 5.2): takes queue
   * numbers for visitors and nothing else.
   */
  public static final String KIOSK = "kiosk";

  /** Inspector running the conformance kit. */
  public static final String INSPECTOR = "inspector";

  /** Administrator of the deployment. */
  public static final String ADMIN = "admin";

  /** Roles whose work needs a party's identity unmasked (on request, audited). */
  public static final java.util.Set<String> MAY_REVEAL = java.util.Set.of(CLERK, MEDIATOR, HANDLER);
}
