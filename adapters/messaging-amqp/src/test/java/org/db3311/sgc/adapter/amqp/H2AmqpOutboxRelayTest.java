package org.db3311.sgc.adapter.amqp;

class H2AmqpOutboxRelayTest extends OutboxRelayScenarios {

  @Override
  Casework openCasework() throws Exception {
    return Casework.h2();
  }
}
