package org.db3311.sgc.core.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.followup.FollowUpFixtures.VISITOR;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("6.2.1.4.2 短信回访 (可: a product choice): a party's reply to the text survey")
class RecordSurveyReplyTest {

  private final FollowUpFixtures f = new FollowUpFixtures();

  private RecordSurveyReplyUseCase.Outcome reply(
      RegistrationNumber n, String who, String text, Instant at) {
    return f.followUp.recordReply(
        new RecordSurveyReplyUseCase.Command(n, who, f.in.clock.instant(), text, at));
  }

  private Instant later() {
    return f.in.clock.instant().plus(Duration.ofMinutes(5));
  }

  @Test
  @Implements("6.2.1.4.2")
  @DisplayName("a reply \"1\" is recorded on the follow-up as the party's SMS answer, satisfied")
  void a_reply_is_recorded_on_the_follow_up() {
    RegistrationNumber n = f.closed();
    Instant at = later();

    var outcome = reply(n, "张三", " 1 谢谢 ", at);

    FollowUpId id = new FollowUpId(n, 1);
    assertThat(outcome)
        .isEqualTo(
            new RecordSurveyReplyUseCase.Outcome.Recorded(id, Satisfaction.SATISFIED, false));
    FollowUp fu = f.followUp.followUp(id);
    assertThat(fu.state()).isEqualTo(FollowUpState.SATISFIED);
    assertThat(fu.answers())
        .containsExactly(
            new SurveyAnswer("张三", SurveyMethod.SMS, Satisfaction.SATISFIED, "1 谢谢", at));
  }

  @Test
  @Implements("6.2.1.4.2")
  @DisplayName("the same reply delivered twice is recorded once")
  void a_redelivered_reply_is_recorded_once() {
    RegistrationNumber n = f.closed();
    Instant at = later();
    reply(n, "张三", "3", at);

    var again = reply(n, "张三", "3", at);

    assertThat(again)
        .isEqualTo(
            new RecordSurveyReplyUseCase.Outcome.Recorded(
                new FollowUpId(n, 1), Satisfaction.DISSATISFIED, true));
    assertThat(f.followUp.followUp(new FollowUpId(n, 1)).answers()).hasSize(1);
    assertThat(f.followUp.followUp(new FollowUpId(n, 1)).state())
        .isEqualTo(FollowUpState.DISSATISFIED);
  }

  @Test
  @Implements("6.2.1.4.2")
  @DisplayName("a reply naming no offered answer is not guessed at: nothing is recorded")
  void a_reply_not_understood_records_nothing() {
    RegistrationNumber n = f.closed();

    var outcome = reply(n, "张三", "请问什么时候退款", later());

    assertThat(outcome).isInstanceOf(RecordSurveyReplyUseCase.Outcome.NotUnderstood.class);
    assertThat(f.followUp.followUp(new FollowUpId(n, 1)).answers()).isEmpty();
    assertThat(f.followUp.followUp(new FollowUpId(n, 1)).state())
        .isEqualTo(FollowUpState.RESULT_NOTIFIED);
  }

  @Test
  @Implements("6.2.1.4.2")
  @DisplayName("a concluded follow-up takes no reply: the outcome says so and nothing changes")
  void a_concluded_follow_up_takes_no_reply() {
    RegistrationNumber n = f.closed();
    FollowUpId id = new FollowUpId(n, 1);
    f.followUp.conclude(new ConcludeFollowUpUseCase.Conclude(id, VISITOR));

    var outcome = reply(n, "张三", "2", later());

    assertThat(outcome)
        .isEqualTo(new RecordSurveyReplyUseCase.Outcome.NotTaken(id, FollowUpState.CONCLUDED));
    assertThat(f.followUp.followUp(id).answers()).isEmpty();
  }

  @Test
  @Implements("6.2.1.4.2")
  @DisplayName("a late reply to the first round's survey goes to the first round, not the second")
  void a_reply_goes_to_the_round_it_was_surveyed_in() {
    RegistrationNumber n = f.closed();
    Instant firstSurvey = f.in.clock.instant();
    FollowUpId first = new FollowUpId(n, 1);
    f.answer(first, "丽水某建筑有限公司", SurveyMethod.PHONE, Satisfaction.DISSATISFIED);
    f.in.clock.advance(Duration.ofDays(1));
    f.followUp.reopen(new ConcludeFollowUpUseCase.Reopen(first, "当事人不满意", VISITOR));
    f.in.intake.close(
        new org.db3311.sgc.core.intake.CloseMatterUseCase.Command(
            n,
            new org.db3311.sgc.core.intake.MatterResult(
                org.db3311.sgc.core.intake.MatterResult.Outcome.RESOLVED, "重新调解达成协议"),
            VISITOR));
    Instant secondSurvey = f.in.clock.instant();

    var late =
        f.followUp.recordReply(
            new RecordSurveyReplyUseCase.Command(
                n, "张三", firstSurvey, "2", secondSurvey.plusSeconds(60)));
    var current =
        f.followUp.recordReply(
            new RecordSurveyReplyUseCase.Command(
                n, "张三", secondSurvey, "1", secondSurvey.plusSeconds(90)));

    assertThat(late)
        .isEqualTo(new RecordSurveyReplyUseCase.Outcome.NotTaken(first, FollowUpState.REOPENED));
    assertThat(current.followUp()).isEqualTo(new FollowUpId(n, 2));
    assertThat(f.followUp.followUp(new FollowUpId(n, 2)).state())
        .isEqualTo(FollowUpState.SATISFIED);
  }

  @Test
  @Implements("6.2.1.4.2")
  @DisplayName("a reply about a matter with no follow-up is not found")
  void a_matter_without_follow_up_is_not_found() {
    RegistrationNumber n = f.in.registerComplete("dispute.neighbour");

    assertThatThrownBy(() -> reply(n, "张三", "1", later()))
        .isInstanceOf(FollowUpNotFoundException.class)
        .hasMessageContaining(n.toString());
  }

  @Test
  @DisplayName(
      "a command refuses an empty reply, an overlong one, and one received before its survey")
  void the_command_validates_itself() {
    RegistrationNumber n = f.in.registerComplete("dispute.neighbour");
    Instant t = Instant.parse("2027-01-04T01:00:00Z");
    assertThatThrownBy(() -> new RecordSurveyReplyUseCase.Command(n, "张三", t, " ", t))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RecordSurveyReplyUseCase.Command(n, "张三", t, "1".repeat(501), t))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new RecordSurveyReplyUseCase.Command(n, "张三", t, "1", t.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RecordSurveyReplyUseCase.Command(n, " ", t, "1", t))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "1,SATISFIED",
    "１,SATISFIED",
    "满意,SATISFIED",
    "非常满意，谢谢,SATISFIED",
    "2,BASICALLY_SATISFIED",
    "2 还行,BASICALLY_SATISFIED",
    "基本满意,BASICALLY_SATISFIED",
    "3,DISSATISFIED",
    "３ 太慢了,DISSATISFIED",
    "不满意,DISSATISFIED"
  })
  @Implements("6.2.1.4.2")
  @DisplayName("the survey's answers are read as offered: 回复1满意，2基本满意，3不满意")
  void offered_answers_are_read(String reply, Satisfaction expected) {
    assertThat(SurveyReplyReading.read(reply)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "4", "12", "0", "好", "你好，满意吗", "TD"})
  @DisplayName("anything else names no answer")
  void anything_else_names_no_answer(String reply) {
    assertThat(SurveyReplyReading.read(reply)).isEqualTo(Optional.empty());
  }
}
