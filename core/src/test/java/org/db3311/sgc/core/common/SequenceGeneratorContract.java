package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link SequenceGenerator} adapter must do. */
public abstract class SequenceGeneratorContract {

  protected abstract SequenceGenerator newGenerator();

  @Test
  void a_scope_counts_from_one() {
    SequenceGenerator g = newGenerator();
    String scope = "331121-20261125-" + System.nanoTime();
    assertThat(g.next(scope)).isEqualTo(1);
    assertThat(g.next(scope)).isEqualTo(2);
  }

  @Test
  void scopes_are_independent() {
    SequenceGenerator g = newGenerator();
    String a = "a-" + System.nanoTime();
    String b = "b-" + System.nanoTime();
    g.next(a);
    g.next(a);
    assertThat(g.next(b)).isEqualTo(1);
  }

  @Test
  void concurrent_callers_never_get_the_same_number() {
    SequenceGenerator g = newGenerator();
    String scope = "c-" + System.nanoTime();
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    IntStream.range(0, 200).parallel().forEach(i -> seen.add(g.next(scope)));
    assertThat(seen).hasSize(200);
  }
}
