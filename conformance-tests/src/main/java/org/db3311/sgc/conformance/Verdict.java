package org.db3311.sgc.conformance;

/**
 * A check's verdict, and a clause's. The rules the kit enforces:
 *
 * <ul>
 *   <li>{@link #SKIP} blocks an overall pass: a clause the kit could not verify is not conformant
 *       by default.
 *   <li>{@link #OMIT} does not block: the clause does not apply, and the reason is written down.
 *   <li>{@link #WARNING} is what a failed SHOULD (宜) clause gets; it never fails a run.
 *   <li>A feature the deployment advertises (in its published API) that then fails is {@link
 *       #FAIL}, never {@link #SKIP}.
 * </ul>
 */
public enum Verdict {
  /** The deployment behaved as the clauses require. */
  PASS,
  /** The deployment did not. */
  FAIL,
  /** The kit could not verify (feature not published, read-only run, prerequisite failed). */
  SKIP,
  /** Not applicable, with the reason; does not block a pass. */
  OMIT,
  /** A problem of the kit itself (a bug, an unexpected answer it cannot judge). */
  ERROR,
  /** A SHOULD clause not met: an observation, never a failure. */
  WARNING;

  /** Which of two verdicts decides a clause checked by several checks. */
  static Verdict worse(Verdict a, Verdict b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(Verdict v) {
    return switch (v) {
      case OMIT -> 0;
      case PASS -> 1;
      case WARNING -> 2;
      case SKIP -> 3;
      case ERROR -> 4;
      case FAIL -> 5;
    };
  }
}
