package org.db3311.sgc.conformance;

/** One check the kit runs against a deployment; it must not change the deployment's state. */
public interface ConformanceCheck {

  String name();

  CheckResult run(Deployment deployment);
}
