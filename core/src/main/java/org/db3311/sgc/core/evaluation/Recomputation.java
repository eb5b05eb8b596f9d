package org.db3311.sgc.core.evaluation;

import java.util.Objects;

/**
 * A published figure computed again with the definition version it names, over the facts as they
 * are now: {@link #matches()} when both the counts and the counted matters are the same.
 */
public record Recomputation(PublishedFigure published, Figure recomputed, String inputDigest) {
  public Recomputation {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(recomputed, "recomputed");
    Objects.requireNonNull(inputDigest, "inputDigest");
  }

  public boolean matches() {
    return recomputed.equals(published.figure()) && inputDigest.equals(published.inputDigest());
  }
}
