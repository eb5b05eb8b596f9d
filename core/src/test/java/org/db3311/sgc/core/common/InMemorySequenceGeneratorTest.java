package org.db3311.sgc.core.common;

class InMemorySequenceGeneratorTest extends SequenceGeneratorContract {
  @Override
  protected SequenceGenerator newGenerator() {
    return new InMemorySequenceGenerator();
  }
}
