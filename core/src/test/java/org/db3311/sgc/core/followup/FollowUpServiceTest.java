package org.db3311.sgc.core.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.followup.FollowUpFixtures.VISITOR;

import java.util.HashSet;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.TransitionTable.Transition;
import org.db3311.sgc.core.common.WorkflowDocs;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FollowUpServiceTest {

  private final FollowUpFixtures f = new FollowUpFixtures();

  @Test
  @Implements("6.2.1.4.1")
  @DisplayName("6.2.1.4.1 应在矛盾纠纷事项办结后向当事群众统一告知办理结果")
  void every_party_is_told_the_result() {
    RegistrationNumber n = f.closed();
    FollowUp fu = f.followUp.followUp(new FollowUpId(n, 1));
    assertThat(fu.state()).isEqualTo(FollowUpState.RESULT_NOTIFIED);
    assertThat(fu.notices()).extracting(ResultNotice::party).containsExactly("张三", "丽水某建筑有限公司");
    assertThat(f.notifier.sentAbout(n.toString()))
        .filteredOn(x -> x.template().orElseThrow().key().equals("result"))
        .extracting(Notification::channel)
        .containsExactly(Notification.Channel.SMS, Notification.Channel.LETTER);
    assertThat(f.notifier.sentAbout(n.toString()).getFirst().body()).contains("双方达成协议");
  }

  @Test
  @Implements("6.2.1.4.2")
  @DisplayName(
      "6.2.1.4.2 短信回访: after the result notices, a survey by text to each party with a mobile")
  void the_survey_follows_the_result_notices() {
    RegistrationNumber n = f.closed();
    assertThat(f.notifier.sentAbout(n.toString()))
        .extracting(x -> x.template().orElseThrow().key(), Notification::channel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("result", Notification.Channel.SMS),
            org.assertj.core.groups.Tuple.tuple("result", Notification.Channel.LETTER),
            org.assertj.core.groups.Tuple.tuple("survey", Notification.Channel.SMS));
    Notification survey = f.notifier.sentAbout(n.toString()).getLast();
    assertThat(survey.recipient().name()).isEqualTo("张三");
    assertThat(survey.subject()).isEqualTo("满意度回访");
  }

  @Test
  @Implements({"6.2.1.4.1", "6.2.1.4.2"})
  @DisplayName("a closure delivered again tells and surveys nobody twice")
  void a_redelivered_closure_sends_nothing_twice() {
    RegistrationNumber n = f.closed();
    int sent = f.notifier.sentAbout(n.toString()).size();
    org.db3311.sgc.core.intake.MatterEvent closure =
        f.in.events.published(org.db3311.sgc.core.intake.MatterEvent.class).stream()
            .filter(e -> e.action() == org.db3311.sgc.core.intake.MatterAction.CLOSE)
            .findFirst()
            .orElseThrow();

    f.followUp.onMatterEvent(closure);
    f.followUp.onMatterEvent(closure);

    assertThat(f.notifier.sentAbout(n.toString())).hasSize(sent).hasSize(3);
    assertThat(f.followUp.followUp(new FollowUpId(n, 1)).notices()).hasSize(2);
  }

  @Test
  @Implements("6.2.1.4.2")
  @DisplayName("a matter closed again after reopening is told and surveyed again, in its new round")
  void a_second_closure_is_a_new_round() {
    RegistrationNumber n = f.closed();
    FollowUpId first = new FollowUpId(n, 1);
    f.answer(first, "张三", SurveyMethod.SMS, Satisfaction.DISSATISFIED);
    f.followUp.reopen(new ConcludeFollowUpUseCase.Reopen(first, "当事人不满意", VISITOR));
    f.in.intake.close(
        new org.db3311.sgc.core.intake.CloseMatterUseCase.Command(
            n,
            new org.db3311.sgc.core.intake.MatterResult(
                org.db3311.sgc.core.intake.MatterResult.Outcome.RESOLVED, "重新调解达成协议"),
            VISITOR));

    assertThat(f.notifier.sentAbout(n.toString()))
        .filteredOn(x -> x.template().orElseThrow().key().equals("survey"))
        .hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(SurveyMethod.class)
  @Implements("6.2.1.4.2")
  @DisplayName("6.2.1.4.2 智能回访、短信回访、电话回访、实地回访、网络回访 record satisfaction")
  void each_method_records_satisfaction(SurveyMethod method) {
    RegistrationNumber n = f.closed();
    FollowUpId id = new FollowUpId(n, 1);
    f.answer(id, "张三", method, Satisfaction.SATISFIED);
    f.answer(id, "丽水某建筑有限公司", method, Satisfaction.BASICALLY_SATISFIED);
    assertThat(f.followUp.followUp(id).state()).isEqualTo(FollowUpState.SATISFIED);
    assertThat(f.followUp.followUp(id).answers())
        .extracting(SurveyAnswer::method)
        .containsOnly(method);
  }

  @Test
  @Implements({"6.2.1.4.2", "6.2.1.3"})
  @DisplayName("a dissatisfied answer can reopen the matter under supervision")
  void dissatisfied_reopens() {
    RegistrationNumber n = f.closed();
    FollowUpId id = new FollowUpId(n, 1);
    f.answer(id, "张三", SurveyMethod.PHONE, Satisfaction.DISSATISFIED);
    f.followUp.reopen(new ConcludeFollowUpUseCase.Reopen(id, "协议未履行", VISITOR));
    assertThat(f.in.matter(n).state()).isEqualTo(MatterState.IN_HANDLING);
    assertThat(f.supervision.file(n.toString()).state()).isEqualTo(SupervisionState.IN_PROGRESS);
    assertThat(f.followUp.followUp(id).state()).isEqualTo(FollowUpState.REOPENED);
  }

  @Test
  void a_second_closure_starts_a_second_round() {
    RegistrationNumber n = f.closed();
    FollowUpId first = new FollowUpId(n, 1);
    f.answer(first, "张三", SurveyMethod.VISIT, Satisfaction.DISSATISFIED);
    f.followUp.reopen(new ConcludeFollowUpUseCase.Reopen(first, "未履行", VISITOR));
    f.in.intake.close(
        new org.db3311.sgc.core.intake.CloseMatterUseCase.Command(
            n,
            new org.db3311.sgc.core.intake.MatterResult(
                org.db3311.sgc.core.intake.MatterResult.Outcome.RESOLVED, "已履行"),
            VISITOR));
    assertThat(f.followUp.followUp(new FollowUpId(n, 2)).state())
        .isEqualTo(FollowUpState.RESULT_NOTIFIED);
  }

  @Test
  void only_parties_answer_and_reopening_needs_a_dissatisfied_answer() {
    RegistrationNumber n = f.closed();
    FollowUpId id = new FollowUpId(n, 1);
    assertThatThrownBy(() -> f.answer(id, "路人", SurveyMethod.WEB, Satisfaction.SATISFIED))
        .hasMessageContaining("not a party");
    assertThatThrownBy(
            () -> f.followUp.reopen(new ConcludeFollowUpUseCase.Reopen(id, "x", VISITOR)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("state RESULT_NOTIFIED");
  }

  @Test
  @DisplayName("every transition of the follow-up machine is walked")
  void every_path() {
    RegistrationNumber a = f.closed();
    f.answer(new FollowUpId(a, 1), "张三", SurveyMethod.SMS, Satisfaction.SATISFIED);
    f.answer(new FollowUpId(a, 1), "张三", SurveyMethod.SMS, Satisfaction.SATISFIED);
    f.followUp.conclude(new ConcludeFollowUpUseCase.Conclude(new FollowUpId(a, 1), VISITOR));
    RegistrationNumber b = f.closed();
    f.followUp.conclude(new ConcludeFollowUpUseCase.Conclude(new FollowUpId(b, 1), VISITOR));
    RegistrationNumber c = f.closed();
    f.answer(new FollowUpId(c, 1), "张三", SurveyMethod.SMS, Satisfaction.DISSATISFIED);
    f.answer(new FollowUpId(c, 1), "丽水某建筑有限公司", SurveyMethod.SMS, Satisfaction.SATISFIED);
    f.followUp.conclude(new ConcludeFollowUpUseCase.Conclude(new FollowUpId(c, 1), VISITOR));
    RegistrationNumber d = f.closed();
    f.answer(new FollowUpId(d, 1), "张三", SurveyMethod.SMS, Satisfaction.SATISFIED);
    f.answer(new FollowUpId(d, 1), "丽水某建筑有限公司", SurveyMethod.SMS, Satisfaction.DISSATISFIED);
    f.answer(new FollowUpId(d, 1), "丽水某建筑有限公司", SurveyMethod.SMS, Satisfaction.DISSATISFIED);
    f.followUp.reopen(new ConcludeFollowUpUseCase.Reopen(new FollowUpId(d, 1), "不满意", VISITOR));
    Set<Transition<FollowUpState, FollowUpAction>> walked = new HashSet<>();
    f.in.events.published(FollowUpEvent.class).stream()
        .filter(e -> e.from().isPresent())
        .forEach(e -> walked.add(new Transition<>(e.from().get(), e.action(), e.to())));
    assertThat(walked).containsExactlyInAnyOrderElementsOf(FollowUpWorkflow.TABLE.transitions());
  }

  @Test
  void the_state_diagram_in_the_docs_is_the_table_that_runs() {
    WorkflowDocs.assertDocumented(FollowUpWorkflow.TABLE);
  }
}
