package org.db3311.sgc.core.evaluation.improvement;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.evaluation.MetricKind;

/**
 * The rate (in percent) below which a department's figure calls for a corrective action. No
 * official target exists (Zhejiang publishes reported values of about 99 %), so targets are the
 * deployment's data; the defaults are a starting point.
 */
public record MetricTargets(Map<MetricKind, BigDecimal> percent) {

  public MetricTargets {
    Map<MetricKind, BigDecimal> copy = new EnumMap<>(MetricKind.class);
    percent.forEach(
        (k, v) -> {
          if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(k + ": a target is 0–100 %, not " + v);
          }
          copy.put(k, v);
        });
    percent = Collections.unmodifiableMap(copy);
  }

  public static MetricTargets defaults() {
    Map<MetricKind, BigDecimal> m = new EnumMap<>(MetricKind.class);
    m.put(MetricKind.RESPONSE_RATE, BigDecimal.valueOf(95));
    m.put(MetricKind.HANDLING_RATE, BigDecimal.valueOf(90));
    m.put(MetricKind.ON_TIME_HANDLING_RATE, BigDecimal.valueOf(90));
    m.put(MetricKind.SATISFACTION_RATE, BigDecimal.valueOf(95));
    return new MetricTargets(m);
  }

  public Optional<BigDecimal> of(MetricKind kind) {
    return Optional.ofNullable(percent.get(kind));
  }
}
