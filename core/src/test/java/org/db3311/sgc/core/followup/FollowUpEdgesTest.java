package org.db3311.sgc.core.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.followup.FollowUpFixtures.VISITOR;

import java.time.Duration;
import java.time.Instant;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.CloseMatterUseCase;
import org.db3311.sgc.core.intake.MatterAction;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.MatterResult;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.ReopenMatterUseCase;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.db3311.sgc.core.supervision.TrackProgressUseCase;
import org.db3311.sgc.core.supervision.TrackProgressUseCase.Progress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The follow-up's edges: how a reply's digits are read, which round a reply belongs to, the
 * follow-up's first event, and a reopening reaching supervision by any path, once.
 */
class FollowUpEdgesTest {

  private final FollowUpFixtures f = new FollowUpFixtures();

  @ParameterizedTest
  @ValueSource(strings = {"10", "19", "1０", "1９", "３0", "2９ 还行"})
  @Implements("6.2.1.4.2")
  @DisplayName(
      "6.2.1.4.2 (可, a product choice) — a digit followed by another digit, 0 to 9 in half or full"
          + " width, is a number the survey did not offer: no answer")
  void a_number_is_not_an_answer(String reply) {
    assertThat(SurveyReplyReading.read(reply)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "1a,SATISFIED",
    "１，好,SATISFIED",
    "２,BASICALLY_SATISFIED",
    "3/,DISSATISFIED",
    "3:,DISSATISFIED",
    "很满意,SATISFIED",
    "非常满意,SATISFIED",
    "很不满意,DISSATISFIED",
    "非常不满意,DISSATISFIED",
    "不满意，太慢,DISSATISFIED",
    "基本满意吧,BASICALLY_SATISFIED"
  })
  @Implements("6.2.1.4.2")
  @DisplayName(
      "6.2.1.4.2 (可, a product choice) — an offered answer followed by anything but a digit is read"
          + " (the characters just outside 0–9 are not digits), and 很/非常 do not change the answer")
  void answers_with_what_follows(String reply, Satisfaction expected) {
    assertThat(SurveyReplyReading.read(reply)).contains(expected);
  }

  @Test
  @DisplayName("a null reply or one of digits never offered (0, 9, ０, ９) names no answer")
  void digits_never_offered() {
    assertThat(SurveyReplyReading.read(null)).isEmpty();
    for (String s : new String[] {"0", "9", "０", "９", "4 满意", "/", ":"}) {
      assertThat(SurveyReplyReading.read(s)).as(s).isEmpty();
    }
  }

  @Test
  @Implements("6.2.1.4.1")
  @DisplayName(
      "6.2.1.4.1 — a closure opens the follow-up awaiting the result notice, by the system, from"
          + " no earlier state")
  void a_closure_opens_the_follow_up() {
    Instant before = f.in.clock.instant();
    RegistrationNumber n = f.closed();

    FollowUpEvent opened =
        f.in.events.published(FollowUpEvent.class).stream()
            .filter(e -> e.action() == FollowUpAction.OPEN)
            .findFirst()
            .orElseThrow();
    assertThat(opened.id()).isEqualTo(new FollowUpId(n, 1));
    assertThat(opened.from()).isEmpty();
    assertThat(opened.to()).isEqualTo(FollowUpState.PENDING_NOTICE);
    assertThat(opened.detail()).isEqualTo("matter closed: RESOLVED");
    assertThat(opened.followUp().state()).isEqualTo(FollowUpState.PENDING_NOTICE);
    assertThat(opened.followUp().openedAt()).isEqualTo(opened.occurredAt());
    assertThat(opened.occurredAt()).isAfterOrEqualTo(before);
    assertThat(f.in.events.published(FollowUpEvent.class))
        .extracting(FollowUpEvent::action)
        .containsExactly(FollowUpAction.OPEN, FollowUpAction.NOTIFY_RESULT);
  }

  @Test
  @Implements("6.2.1.4.2")
  @DisplayName(
      "6.2.1.4.2 (可, a product choice) — a reply to a survey sent the instant its round opened"
          + " belongs to that round; another matter's follow-up never takes it")
  void a_reply_at_the_opening_instant() {
    RegistrationNumber other = f.closed();
    f.in.clock.advance(Duration.ofMinutes(1));
    RegistrationNumber n = f.closed();
    Instant opened = f.followUp.followUp(new FollowUpId(n, 1)).snapshot().openedAt();

    var outcome =
        f.followUp.recordReply(
            new RecordSurveyReplyUseCase.Command(
                n, "张三", opened, "3", opened.plus(Duration.ofMinutes(2))));

    assertThat(outcome)
        .isEqualTo(
            new RecordSurveyReplyUseCase.Outcome.Recorded(
                new FollowUpId(n, 1), Satisfaction.DISSATISFIED, false));
    assertThat(f.followUp.followUp(new FollowUpId(other, 1)).answers()).isEmpty();
    assertThat(f.followUp.followUp(new FollowUpId(n, 1)).state())
        .isEqualTo(FollowUpState.DISSATISFIED);
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName(
      "6.2.1.3 应对受理的矛盾纠纷进行督查督办 — a matter reopened directly through intake is put back under"
          + " supervision")
  void a_direct_reopening_is_supervised_again() {
    RegistrationNumber n = f.closed();
    assertThat(f.supervision.file(n.toString()).state()).isEqualTo(SupervisionState.COMPLETED);

    f.in.intake.reopen(new ReopenMatterUseCase.Command(n, "协议未履行", VISITOR));

    assertThat(f.supervision.file(n.toString()).state()).isEqualTo(SupervisionState.IN_PROGRESS);
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName(
      "6.2.1.3 — an old reopening delivered again after the matter closed again leaves the completed"
          + " file alone")
  void a_stale_reopening_changes_nothing() {
    RegistrationNumber n = f.closed();
    f.in.intake.reopen(new ReopenMatterUseCase.Command(n, "协议未履行", VISITOR));
    MatterEvent reopening =
        f.in.events.published(MatterEvent.class).stream()
            .filter(e -> e.action() == MatterAction.REOPEN)
            .findFirst()
            .orElseThrow();
    f.supervision.record(
        new TrackProgressUseCase.Command(
            n.toString(), new Progress.ReportHandled("已重新调解"), VISITOR));
    f.supervision.record(
        new TrackProgressUseCase.Command(n.toString(), new Progress.Complete(), VISITOR));
    f.in.intake.close(
        new CloseMatterUseCase.Command(
            n, new MatterResult(MatterResult.Outcome.RESOLVED, "已履行"), VISITOR));
    var version = f.supervision.file(n.toString()).version();

    f.followUp.onMatterEvent(reopening);

    assertThat(f.supervision.file(n.toString()).state()).isEqualTo(SupervisionState.COMPLETED);
    assertThat(f.supervision.file(n.toString()).version()).isEqualTo(version);
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName(
      "6.2.1.3 — the first round's reopening delivered during the second round's handling leaves"
          + " the file as the second round made it")
  void an_earlier_rounds_reopening_changes_nothing() {
    RegistrationNumber n = f.closed();
    f.in.intake.reopen(new ReopenMatterUseCase.Command(n, "协议未履行", VISITOR));
    MatterEvent first =
        f.in.events.published(MatterEvent.class).stream()
            .filter(e -> e.action() == MatterAction.REOPEN)
            .findFirst()
            .orElseThrow();
    completeFile(n);
    f.in.intake.close(
        new CloseMatterUseCase.Command(
            n, new MatterResult(MatterResult.Outcome.RESOLVED, "已履行"), VISITOR));
    f.in.intake.reopen(new ReopenMatterUseCase.Command(n, "又未履行", VISITOR));
    completeFile(n);
    var version = f.supervision.file(n.toString()).version();

    f.followUp.onMatterEvent(first);

    assertThat(f.supervision.file(n.toString()).state()).isEqualTo(SupervisionState.COMPLETED);
    assertThat(f.supervision.file(n.toString()).version()).isEqualTo(version);
  }

  private void completeFile(RegistrationNumber n) {
    f.supervision.record(
        new TrackProgressUseCase.Command(
            n.toString(), new Progress.ReportHandled("已重新调解"), VISITOR));
    f.supervision.record(
        new TrackProgressUseCase.Command(n.toString(), new Progress.Complete(), VISITOR));
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName(
      "6.2.1.3 — a reopening delivered again while the matter is still in that round reopens the"
          + " file once")
  void a_redelivered_reopening_reopens_once() {
    RegistrationNumber n = f.closed();
    f.in.intake.reopen(new ReopenMatterUseCase.Command(n, "协议未履行", VISITOR));
    MatterEvent reopening =
        f.in.events.published(MatterEvent.class).stream()
            .filter(e -> e.action() == MatterAction.REOPEN)
            .findFirst()
            .orElseThrow();
    var version = f.supervision.file(n.toString()).version();

    f.followUp.onMatterEvent(reopening);

    assertThat(f.supervision.file(n.toString()).version()).isEqualTo(version);
    assertThat(f.supervision.file(n.toString()).state()).isEqualTo(SupervisionState.IN_PROGRESS);
  }

  @Test
  @Implements("6.2.1.3")
  @DisplayName(
      "6.2.1.3 — reopening through the follow-up puts the file back under supervision itself, even"
          + " when the matter's events do not reach the follow-up")
  void reopening_supervises_without_the_event() {
    FollowUpFixtures g = new FollowUpFixtures(false);
    boolean[] listening = {true};
    FollowUpService unsubscribedLater = g.followUp;
    g.in.events.subscribe(
        MatterEvent.class,
        e -> {
          if (listening[0]) {
            unsubscribedLater.onMatterEvent(e);
          }
        });
    RegistrationNumber n = g.closed();
    FollowUpId id = new FollowUpId(n, 1);
    unsubscribedLater.record(
        new RecordSurveyUseCase.Command(
            id, "张三", SurveyMethod.PHONE, Satisfaction.DISSATISFIED, "", VISITOR));
    listening[0] = false;

    unsubscribedLater.reopen(new ConcludeFollowUpUseCase.Reopen(id, "协议未履行", VISITOR));

    assertThat(unsubscribedLater.followUp(id).state()).isEqualTo(FollowUpState.REOPENED);
    assertThat(g.supervision.file(n.toString()).state()).isEqualTo(SupervisionState.IN_PROGRESS);
  }

  @Test
  @DisplayName("a follow-up that was never opened is not found, and its id is named")
  void an_unknown_follow_up_is_not_found() {
    RegistrationNumber n = f.in.registerComplete("dispute.neighbour");
    assertThatThrownBy(() -> f.followUp.followUp(new FollowUpId(n, 1)))
        .isInstanceOf(FollowUpNotFoundException.class)
        .hasMessageContaining(n.toString());
  }

  @Test
  @DisplayName("matter events other than closing and reopening start no follow-up")
  void other_events_start_nothing() {
    RegistrationNumber n = f.in.registerComplete("dispute.neighbour");
    f.in.review(n);
    assertThat(f.in.events.published(MatterEvent.class)).isNotEmpty();
    assertThat(f.in.events.published(FollowUpEvent.class)).isEmpty();
    assertThat(f.notifier.sentAbout(n.toString())).isEmpty();
  }
}
