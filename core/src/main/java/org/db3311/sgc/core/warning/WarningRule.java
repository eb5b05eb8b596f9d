package org.db3311.sgc.core.warning;

import java.util.List;

/**
 * One explainable rule of the early-warning model (预警模型). Every rule is a named class with
 * parameters held as data, and every signal says why it fired.
 */
public interface WarningRule {

  /** A short stable name, e.g. "repeat-petition". */
  String id();

  List<Signal> evaluate(AnalysisWindow window);
}
