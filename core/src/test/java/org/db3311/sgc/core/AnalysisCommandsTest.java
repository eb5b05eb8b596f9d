package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.db3311.sgc.core.archive.filing.FilingUseCases;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.emergency.IncidentId;
import org.db3311.sgc.core.emergency.RespondToIncidentUseCase;
import org.db3311.sgc.core.epidemic.EpidemicCaseId;
import org.db3311.sgc.core.epidemic.HandleEpidemicCaseUseCase;
import org.db3311.sgc.core.evaluation.feedback.AnswerFeedbackUseCase;
import org.db3311.sgc.core.evaluation.feedback.FeedbackTicket;
import org.db3311.sgc.core.evaluation.improvement.CorrectiveActionId;
import org.db3311.sgc.core.evaluation.improvement.RecheckCorrectiveActionUseCase;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.guidance.FollowGuidanceTaskUseCase;
import org.db3311.sgc.core.guidance.GuidanceTaskId;
import org.db3311.sgc.core.warning.HandleWarningUseCase;
import org.db3311.sgc.core.warning.WarningId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The analysis commands refuse bad input with a clear message before any use case runs. */
class AnalysisCommandsTest {

  private static final Actor BY = Actor.of("s-1", "中心");

  private static void refused(ThrowingCallable c, String message) {
    assertThatThrownBy(c)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  @DisplayName("a warning is closed with how the risk was handled and dismissed with why")
  void warning_commands() {
    WarningId id = WarningId.of("YJ-2026-00001");
    refused(() -> new HandleWarningUseCase.Close(id, " ", BY), "how the risk was handled");
    refused(() -> new HandleWarningUseCase.Dismiss(id, null, BY), "false alarm");
    assertThatThrownBy(() -> new HandleWarningUseCase.Publish(null, BY))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("feedback is answered with a reply, a correction reported and re-checked with words")
  void feedback_and_correction_commands() {
    FeedbackTicket t = FeedbackTicket.of("FB-2026-00001");
    refused(
        () ->
            new AnswerFeedbackUseCase.Answer(t, "", Optional.empty(), LocalDate.of(2027, 1, 4), BY),
        "says something");
    CorrectiveActionId a = CorrectiveActionId.of("CA-2026-0001");
    refused(() -> new RecheckCorrectiveActionUseCase.ReportCorrection(a, " ", BY), "what was done");
    refused(() -> new RecheckCorrectiveActionUseCase.Recheck(a, true, "", BY), "what was found");
  }

  @Test
  @DisplayName("guidance steps name their unit; a returned report says what is missing")
  void guidance_commands() {
    GuidanceTaskId t = GuidanceTaskId.of("ZD-2026-0001");
    refused(() -> new FollowGuidanceTaskUseCase.Accept(t, " ", BY), "assigned unit");
    refused(() -> new FollowGuidanceTaskUseCase.Report(t, "331121101", "", BY), "what was done");
    refused(
        () -> new FollowGuidanceTaskUseCase.Verify(t, "331121101", false, " ", BY),
        "what is missing");
  }

  @Test
  @DisplayName("incident and epidemic steps carry what the stage records")
  void emergency_and_epidemic_commands() {
    IncidentId i = IncidentId.of("EM-2026-0001");
    refused(
        () -> new RespondToIncidentUseCase.IssueOrder(i, "O1", UnitId.of("fire"), " ", true, BY),
        "what to do");
    refused(() -> new RespondToIncidentUseCase.Close(i, "", BY), "sums it up");
    refused(() -> new RespondToIncidentUseCase.Review(i, " ", List.of(), BY), "findings");
    refused(
        () -> new HandleEpidemicCaseUseCase.Intake(MatterId.of("M-1"), "", "x", BY), "category");
    refused(
        () -> new HandleEpidemicCaseUseCase.Assess(EpidemicCaseId.of("YQ-2026-00001"), 101, "", BY),
        "0–100");
    refused(() -> new FilingUseCases.ReceiveTransfer(2026, 0, BY), "numbered from 1");
  }
}
