package org.db3311.sgc.core.emergency;

/**
 * What is known of an incident's impact at grading time (研判): casualties, people affected and
 * whether it is still spreading.
 */
public record ImpactAssessment(int deaths, int injured, int affected, boolean spreading) {
  public ImpactAssessment {
    if (deaths < 0 || injured < 0 || affected < 0) {
      throw new IllegalArgumentException("impact counts are not negative");
    }
  }
}
