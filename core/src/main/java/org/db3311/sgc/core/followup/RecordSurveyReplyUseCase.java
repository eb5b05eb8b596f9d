package org.db3311.sgc.core.followup;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * Incoming port: a party's reply by text message to the satisfaction survey (短信回访). 6.2.1.4.2 only
 * permits a survey (可…进行满意度调查); surveying by text and reading the reply are this product's choice.
 * The reply is recorded on the follow-up the survey was sent for — the latest round opened by the
 * time the survey went out — as an {@link SurveyMethod#SMS} answer with the reply's text as its
 * comment, so the follow-up shows it like an answer staff recorded.
 *
 * <p>A reply that cannot be read, or that comes when the follow-up no longer takes answers, is a
 * returned {@link Outcome}, not an exception; a matter with no follow-up opened by then throws
 * {@link FollowUpNotFoundException}. The same reply delivered twice is recorded once.
 */
@Implements("6.2.1.4.2")
public interface RecordSurveyReplyUseCase {

  Outcome recordReply(Command command);

  /**
   * @param matter the matter the survey asked about (its notice's reference)
   * @param respondent the party the survey was sent to, by name as on the follow-up
   * @param surveyedAt when the survey was queued: picks the follow-up round it belongs to
   * @param text the reply as the party typed it (at most {@value #MAX_TEXT} characters)
   * @param receivedAt when the gateway received the reply
   */
  record Command(
      RegistrationNumber matter,
      String respondent,
      Instant surveyedAt,
      String text,
      Instant receivedAt) {

    /** The longest reply kept: a text message is at most a few hundred characters. */
    public static final int MAX_TEXT = 500;

    public Command {
      Objects.requireNonNull(matter, "matter");
      if (respondent == null || respondent.isBlank()) {
        throw new IllegalArgumentException("a survey reply names the party it came from");
      }
      Objects.requireNonNull(surveyedAt, "surveyedAt");
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("a survey reply has a text");
      }
      text = text.strip();
      if (text.length() > MAX_TEXT) {
        throw new IllegalArgumentException(
            "a survey reply is at most " + MAX_TEXT + " characters, not " + text.length());
      }
      Objects.requireNonNull(receivedAt, "receivedAt");
      if (receivedAt.isBefore(surveyedAt)) {
        throw new IllegalArgumentException("a reply is not received before its survey was sent");
      }
    }
  }

  /** What became of a reply. */
  sealed interface Outcome {

    /** The follow-up the reply was matched to. */
    FollowUpId followUp();

    /**
     * Recorded as the party's answer ({@code again}: this very reply was recorded before, and
     * nothing changed).
     */
    record Recorded(FollowUpId followUp, Satisfaction answer, boolean again) implements Outcome {
      public Recorded {
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(answer, "answer");
      }
    }

    /** The text names no answer the survey offered; nothing recorded. */
    record NotUnderstood(FollowUpId followUp, String why) implements Outcome {
      public NotUnderstood {
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(why, "why");
      }
    }

    /** The follow-up takes no answer any more (reopened or concluded); nothing recorded. */
    record NotTaken(FollowUpId followUp, FollowUpState state) implements Outcome {
      public NotTaken {
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(state, "state");
      }
    }
  }
}
