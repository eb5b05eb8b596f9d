package org.db3311.sgc.core.emergency;

import java.util.ArrayList;
import java.util.List;

/** A headquarters in memory with a fixed set of plans, for tests and embedding. */
public final class InMemoryEmergencyHeadquarters implements EmergencyHeadquarters {
  private final String name;
  private final List<ResponsePlan> plans;
  private final List<String> activations = new ArrayList<>();

  public InMemoryEmergencyHeadquarters(String name, List<ResponsePlan> plans) {
    this.name = name;
    this.plans = List.copyOf(plans);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ResponsePlan> plans() {
    return plans;
  }

  @Override
  public synchronized void activate(ResponsePlan plan, Incident incident) {
    activations.add(plan.id() + " for " + incident.id());
  }

  public synchronized List<String> activations() {
    return List.copyOf(activations);
  }
}
