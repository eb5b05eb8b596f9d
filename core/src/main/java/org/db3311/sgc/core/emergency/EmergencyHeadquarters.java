package org.db3311.sgc.core.emergency;

import java.util.List;

/**
 * Outgoing port: the county emergency headquarters (县级应急指挥部) the center links with — its plans, and
 * the activation of one for an incident.
 */
public interface EmergencyHeadquarters {

  /** The headquarters' name, recorded on the activation. */
  String name();

  List<ResponsePlan> plans();

  /** Tells the headquarters to start its response under the plan. */
  void activate(ResponsePlan plan, Incident incident);
}
