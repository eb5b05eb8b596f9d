package org.db3311.sgc.core.eventhandling;

import java.util.List;

/** The review after an event (复盘评估): what happened, how it was handled, the lessons drawn. */
public record EventReview(String assessment, List<String> lessons, String reviewedBy) {

  public EventReview {
    if (assessment == null || assessment.isBlank()) {
      throw new IllegalArgumentException("a review assesses the handling");
    }
    lessons = List.copyOf(lessons);
    if (lessons.isEmpty()) {
      throw new IllegalArgumentException("a review draws at least one lesson (总结经验)");
    }
    if (reviewedBy == null || reviewedBy.isBlank()) {
      throw new IllegalArgumentException("a review names who reviewed");
    }
  }
}
