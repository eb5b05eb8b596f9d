package org.db3311.sgc.core.mediation;

class InMemoryOnlineFilingGatewayTest extends OnlineFilingGatewayContract {
  @Override
  protected OnlineFilingGateway newGateway() {
    return new InMemoryOnlineFilingGateway();
  }
}
