package org.db3311.sgc.core.evaluation.staff;

import java.time.LocalDate;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/**
 * One service-quality rating of a member of staff (服务质量), on a 1–5 scale.
 *
 * @param reference what was rated (a matter number, a visit report), for the record
 */
public record ServiceQualityRecord(
    Actor staff, LocalDate day, QualitySource source, int score, String reference) {
  public ServiceQualityRecord {
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(source, "source");
    if (score < 1 || score > 5) {
      throw new IllegalArgumentException("a service-quality score is 1–5, not " + score);
    }
    Objects.requireNonNull(reference, "reference");
  }
}
