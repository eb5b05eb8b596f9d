package org.db3311.sgc.core.evaluation;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/**
 * A figure as published (公开): with the definition's version and wording, and a digest of exactly
 * which matters it counted and how, so that recomputing it later shows whether anything differs.
 *
 * @param inputDigest SHA-256 (hex) over the sorted lines "item:N" (numerator and denominator) or
 *     "item:D" (denominator only), where an item is the matter id, or for a version counting per
 *     assignment or per answer the matter id with "/a1", "/s2", … (the assignment or answer)
 */
public record PublishedFigure(
    String id,
    Figure figure,
    String definitionText,
    String inputDigest,
    Instant publishedAt,
    Actor publishedBy) {
  public PublishedFigure {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a published figure has an id");
    }
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(definitionText, "definitionText");
    if (inputDigest == null || !inputDigest.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("an input digest is a SHA-256 in hex");
    }
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(publishedBy, "publishedBy");
  }
}
