package org.db3311.sgc.core.archive.filing;

class InMemoryVolumeStoreTest extends VolumeStoreContract {
  @Override
  protected VolumeStore newStore() {
    return new InMemoryVolumeStore();
  }
}
