package org.db3311.sgc.core.intake;

import java.util.Objects;

/** A link from a matter to an earlier one it repeats or resembles. */
public record RepeatLink(RegistrationNumber earlier, Reason reason) {

  public RepeatLink {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(reason, "reason");
  }

  /** Why the matters are linked. */
  public enum Reason {
    /** Brought by the same person or organisation: a repeat petition (重复信访). */
    SAME_APPLICANT,
    /** About the same place and subject by someone else: a possible group dispute (群体性纠纷). */
    SAME_PLACE_AND_SUBJECT
  }
}
