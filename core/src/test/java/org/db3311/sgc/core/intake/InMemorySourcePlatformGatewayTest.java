package org.db3311.sgc.core.intake;

import org.db3311.sgc.core.common.MutableClock;

class InMemorySourcePlatformGatewayTest extends SourcePlatformGatewayContract {

  @Override
  protected SourcePlatformGateway gateway() {
    return new InMemorySourcePlatformGateway(MutableClock.at("2027-01-02T11:00:00"));
  }
}
