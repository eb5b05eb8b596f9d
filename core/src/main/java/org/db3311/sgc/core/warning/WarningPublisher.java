package org.db3311.sgc.core.warning;

/** Outgoing port: delivers published warnings to their owner and the command room. */
public interface WarningPublisher {
  void publish(WarningNotice notice);
}
