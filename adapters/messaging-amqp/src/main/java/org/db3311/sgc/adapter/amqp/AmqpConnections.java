package org.db3311.sgc.adapter.amqp;

import com.rabbitmq.client.ShutdownSignalException;

/** Reasons of connection failures in words an operator can act on. */
final class AmqpConnections {

  private AmqpConnections() {}

  /** The innermost cause's message, or a broker's shutdown signal met on the way there. */
  static String reason(Throwable e) {
    Throwable t = e;
    while (!(t instanceof ShutdownSignalException) && t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
