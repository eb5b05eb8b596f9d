package org.db3311.sgc.conformance;

import java.util.List;

/**
 * One check the kit runs against a deployment. It declares the clauses it verifies (the coverage
 * matrix and the build's gate read them) and the writes it would make (what {@code --plan} lists
 * and {@code --read-only} refuses to make).
 */
public interface ConformanceCheck {

  /** A stable id: letters, digits and dashes. */
  String id();

  String name();

  /** The suite (chapter group) the check belongs to, e.g. {@code intake}. */
  String suite();

  /** The clause and ruling ids the check verifies. */
  List<String> clauses();

  /** Every write the check makes, one line each; empty for a check that only reads. */
  default List<String> writes() {
    return List.of();
  }

  /**
   * Runs the check: every expectation goes through {@link Probe#expect}; {@link Probe#skip} and
   * {@link Probe#omit} end it early with their verdict.
   */
  void run(Probe probe) throws Exception;
}
