package org.db3311.sgc.core.intake;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A category of the taxonomy: a dispute type (纠纷类型) or a kind of social-governance event.
 *
 * @param code a stable code, e.g. {@code dispute.labour}
 */
public record Category(String code, String nameZh, String nameEn, Kind kind) {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_.-]{1,63}");

  public Category {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a category code is lower-case, e.g. dispute.labour");
    }
    if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("category " + code + " needs Chinese and English names");
    }
    Objects.requireNonNull(kind, "kind");
  }

  /** Whether matters of the category go to dispute resolution (6.2) or event handling (6.3). */
  public enum Kind {
    /** 矛盾纠纷. */
    DISPUTE,
    /** 社会治理事件. */
    EVENT
  }
}
