package org.db3311.sgc.core.evaluation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each metric weighs in the annual comprehensive assessment (年度综合考核). The standard names
 * the metrics but not their weights: the deployment decides; the default weighs them alike.
 */
public record AssessmentWeights(Map<MetricKind, BigDecimal> weights) {

  public AssessmentWeights {
    if (weights == null || weights.isEmpty()) {
      throw new IllegalArgumentException("at least one metric is weighed");
    }
    for (Map.Entry<MetricKind, BigDecimal> e : weights.entrySet()) {
      if (e.getValue().signum() <= 0) {
        throw new IllegalArgumentException(e.getKey() + ": a weight is positive");
      }
    }
    Map<MetricKind, BigDecimal> copy = new EnumMap<>(MetricKind.class);
    copy.putAll(weights);
    weights = Collections.unmodifiableMap(copy);
  }

  public static AssessmentWeights equal() {
    Map<MetricKind, BigDecimal> w = new EnumMap<>(MetricKind.class);
    for (MetricKind k : MetricKind.values()) {
      w.put(k, BigDecimal.ONE);
    }
    return new AssessmentWeights(w);
  }
}
