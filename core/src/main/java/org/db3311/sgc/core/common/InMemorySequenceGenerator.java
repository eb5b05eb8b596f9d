package org.db3311.sgc.core.common;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link SequenceGenerator} held in memory: numbering restarts with the process. */
public final class InMemorySequenceGenerator implements SequenceGenerator {

  private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

  @Override
  public long next(String scope) {
    if (scope == null || scope.isBlank()) {
      throw new IllegalArgumentException("a sequence scope is required");
    }
    return counters.computeIfAbsent(scope, s -> new AtomicLong()).incrementAndGet();
  }
}
