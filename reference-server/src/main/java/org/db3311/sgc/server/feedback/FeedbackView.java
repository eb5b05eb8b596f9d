package org.db3311.sgc.server.feedback;

import java.util.List;
import org.db3311.sgc.core.evaluation.feedback.Feedback;
import org.db3311.sgc.core.evaluation.feedback.FeedbackSnapshot;
import org.db3311.sgc.core.evaluation.feedback.PublicStatus;
import org.db3311.sgc.server.security.Masking;

/** A feedback item as staff see it; the submitter's contact masked unless revealed. */
public record FeedbackView(
    String ticket,
    String kind,
    String channel,
    String content,
    String about,
    String contact,
    String receivedAt,
    String answerDue,
    String state,
    String assignedTo,
    String verdict,
    String correctiveAction,
    List<MessageView> messages) {

  /** A message sent back to the submitter: an answer or a re-check result. */
  public record MessageView(String at, String text) {
    static MessageView of(Feedback.Message x) {
      return FeedbackViewMapper.INSTANCE.view(x);
    }
  }

  static FeedbackView of(FeedbackSnapshot s, boolean reveal) {
    return FeedbackViewMapper.INSTANCE.view(s, reveal);
  }

  /** A contact masked: a phone as {@link Masking#phone}, anything else down to its first sign. */
  static String contact(String c) {
    String digits = c.replaceAll("[\\s()+-]", "");
    if (digits.matches("\\d{7,}")) {
      return Masking.phone(digits);
    }
    int at = c.indexOf('@');
    if (at > 0) {
      return c.charAt(0) + "***" + c.substring(at);
    }
    return c.isEmpty() ? c : c.charAt(0) + "***";
  }

  /**
   * What the person holding the ticket and its code sees (9.1): progress, the verdict on a
   * complaint and the messages sent back; never the content or the contact, and phone and identity
   * numbers masked in the messages. {@code code} is given once, in the answer to the submission.
   */
  public record PublicStatusView(
      String ticket,
      String code,
      String county,
      String kind,
      String state,
      String verdict,
      List<MessageView> messages) {
    static PublicStatusView of(String county, PublicStatus s) {
      return FeedbackViewMapper.INSTANCE.view(county, s);
    }

    PublicStatusView withCode(String code) {
      return new PublicStatusView(ticket, code, county, kind, state, verdict, messages);
    }
  }
}
