package org.db3311.sgc.core.eventhandling;

class InMemoryCityCenterGatewayTest extends CityCenterGatewayContract {
  @Override
  protected CityCenterGateway newGateway() {
    return new InMemoryCityCenterGateway();
  }
}
