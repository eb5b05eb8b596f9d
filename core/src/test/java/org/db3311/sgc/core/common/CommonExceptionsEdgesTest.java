package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Month;
import org.junit.jupiter.api.Test;

/**
 * Style rule 5: "an illegal workflow transition is an exception naming the state and the attempted
 * action"; the shared exceptions carry what they name, for the API's problem details.
 */
class CommonExceptionsEdgesTest {

  @Test
  void an_illegal_transition_names_the_workflow_the_state_and_the_action() {
    IllegalTransitionException e =
        new IllegalTransitionException("Matter", DayOfWeek.MONDAY, Month.MAY);
    assertThat(e.workflow()).isEqualTo("Matter");
    assertThat(e.state()).isEqualTo("MONDAY");
    assertThat(e.action()).isEqualTo("MAY");
    assertThat(e).hasMessage("Matter: action MAY is not allowed in state MONDAY");
  }

  @Test
  void a_missing_aggregate_is_named_by_type_and_id() {
    NotFoundException e = new NotFoundException("Matter", "m-1", "no matter m-1") {};
    assertThat(e.aggregateType()).isEqualTo("Matter");
    assertThat(e.aggregateId()).isEqualTo("m-1");
    assertThat(e).hasMessage("no matter m-1");
  }

  @Test
  void a_refused_notification_names_the_recipient_the_subject_and_the_reason() {
    RecipientRefusedException e = new RecipientRefusedException("张三", "结果", "number unknown");
    assertThat(e.recipient()).isEqualTo("张三");
    assertThat(e.subject()).isEqualTo("结果");
    assertThat(e.reason()).isEqualTo("number unknown");
  }
}
