package org.db3311.sgc.core.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Finds the earlier matters a new one repeats: brought by the same applicant, or about the same
 * place and subject, within a configurable window. Such links flag repeat petitions and possible
 * group disputes, which feed risk identification (6.5.1).
 *
 * @param window how far back to look, e.g. 90 days
 */
@Implements("6.5.1")
public record RepeatDetectionRule(Duration window) {

  public RepeatDetectionRule {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a repeat window is a positive duration");
    }
  }

  /** The default window: 90 days. */
  public static RepeatDetectionRule defaults() {
    return new RepeatDetectionRule(Duration.ofDays(90));
  }

  /** Where the window for a matter registered at {@code at} begins. */
  public Instant windowStart(Instant at) {
    return at.minus(window);
  }

  /**
   * The links for a new registration among earlier matters. A matter by the same applicant is a
   * repeat; otherwise one about the same place and category is a possible group dispute.
   */
  public List<RepeatLink> linksFor(
      Registration registration, Instant at, List<RepeatCandidate> earlier) {
    List<RepeatLink> links = new ArrayList<>();
    for (RepeatCandidate c : earlier) {
      if (c.registeredAt().isAfter(at) || c.registeredAt().isBefore(windowStart(at))) {
        continue;
      }
      if (c.sameApplicant()) {
        links.add(new RepeatLink(c.number(), RepeatLink.Reason.SAME_APPLICANT));
      } else if (c.categoryCode().equals(registration.categoryCode())
          && c.sameArea(registration.place())) {
        links.add(new RepeatLink(c.number(), RepeatLink.Reason.SAME_PLACE_AND_SUBJECT));
      }
    }
    return links;
  }
}
