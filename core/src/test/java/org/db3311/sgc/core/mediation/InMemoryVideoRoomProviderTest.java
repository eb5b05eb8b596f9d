package org.db3311.sgc.core.mediation;

class InMemoryVideoRoomProviderTest extends VideoRoomProviderContract {
  @Override
  protected VideoRoomProvider newProvider() {
    return new InMemoryVideoRoomProvider();
  }
}
