package org.db3311.sgc.core.evaluation.improvement;

import java.util.Objects;

/**
 * What has to be corrected and where it was found.
 *
 * @param reference the finding's origin, e.g. "RESPONSE_RATE/county.hrss/2025-03" or a feedback
 *     ticket, so the same finding is not raised twice while an action is open
 */
public record Finding(FindingSource source, String reference, String description) {
  public Finding {
    Objects.requireNonNull(source, "source");
    if (reference == null || reference.isBlank() || description == null || description.isBlank()) {
      throw new IllegalArgumentException("a finding names its reference and what is wrong");
    }
  }
}
