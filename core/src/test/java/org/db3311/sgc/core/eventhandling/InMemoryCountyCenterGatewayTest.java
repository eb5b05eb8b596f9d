package org.db3311.sgc.core.eventhandling;

class InMemoryCountyCenterGatewayTest extends CountyCenterGatewayContract {
  @Override
  protected CountyCenterGateway newGateway() {
    return new InMemoryCountyCenterGateway();
  }
}
