package org.db3311.sgc.core.warning.surge;

/** Poisson tail probabilities, computed in log space so that small p-values stay accurate. */
final class Poisson {

  private Poisson() {}

  /** P(X ≥ k) for X ~ Poisson(λ). */
  static double upperTail(int k, double lambda) {
    if (lambda <= 0 || Double.isNaN(lambda)) {
      throw new IllegalArgumentException("a Poisson rate is positive, not " + lambda);
    }
    if (k <= 0) {
      return 1.0;
    }
    if (k > lambda) {
      // sum the tail from k upward: terms fall geometrically once i > λ
      double term = Math.exp(logPmf(k, lambda));
      double sum = 0;
      for (int i = k; term > sum * 1e-17 && i < k + 100_000; i++) {
        sum += term;
        term *= lambda / (i + 1);
      }
      return Math.min(1.0, sum);
    }
    // k ≤ λ: the lower part is the smaller sum
    double term = Math.exp(-lambda);
    double lower = 0;
    for (int i = 0; i < k; i++) {
      lower += term;
      term *= lambda / (i + 1);
    }
    return Math.max(0.0, 1.0 - lower);
  }

  static double logPmf(int k, double lambda) {
    return -lambda + k * Math.log(lambda) - logFactorial(k);
  }

  static double logFactorial(int n) {
    double s = 0;
    for (int i = 2; i <= n; i++) {
      s += Math.log(i);
    }
    return s;
  }
}
