package org.db3311.sgc.core.guidance;

/** Outgoing port: delivers supervision notices to the assignee (and, escalated, its leadership). */
public interface SupervisionNotifier {
  void send(SupervisionNotice notice);
}
