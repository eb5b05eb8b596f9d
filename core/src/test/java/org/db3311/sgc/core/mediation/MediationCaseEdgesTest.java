package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.db3311.sgc.core.mediation.MediationFixtures.MEDIATOR;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A mediation case's own commands at their edges: what each records, and what each refuses while
 * leaving the case exactly as it was (snapshot and events).
 */
@Implements({"6.2.1.1.1", "6.2.1.1.2"})
@DisplayName("6.2.1.1 矛盾纠纷调解 — a mediation case's commands at their edges")
class MediationCaseEdgesTest {

  static final Instant T = Instant.parse("2026-11-25T02:00:00Z");
  static final String ZHANG = "张三";
  static final String FIRM = "丽水某建筑有限公司";

  static Instant t(int hours) {
    return T.plus(Duration.ofHours(hours));
  }

  static MediationCase opened() {
    return MediationCase.open(
        new MediationCaseId(
            new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 11, 25), 1), 1),
        "dispute.labour",
        List.of(ZHANG, FIRM),
        MEDIATOR,
        T);
  }

  static MediationCase awaitingConsent() {
    MediationCase mc = opened();
    mc.assess(true, "事实清楚", MEDIATOR, t(1));
    return mc;
  }

  static MediationCase inSession() {
    MediationCase mc = awaitingConsent();
    mc.recordConsent(new Consent(0, ZHANG, true, true, t(2)), MEDIATOR);
    mc.recordConsent(new Consent(1, FIRM, true, true, t(2)), MEDIATOR);
    mc.route(
        new RoutingDecision(
            new Venue.MediationCommittee(UnitId.of("hecheng-mediation-committee")),
            "local",
            "属地调解"),
        MEDIATOR,
        t(3));
    mc.schedule(new Session.Online(new VideoRoom("r1", "https://video/r1", t(4))), MEDIATOR, t(3));
    mc.holdSession(MediationFixtures.record(t(4)), MEDIATOR, t(5));
    return mc;
  }

  static MediationCase failed() {
    MediationCase mc = inSession();
    mc.fail("金额分歧过大", "仲裁、诉讼", MEDIATOR, t(6));
    return mc;
  }

  /** The command is refused with the message and the case is left exactly as it was. */
  static void refusedUnchanged(MediationCase mc, Consumer<MediationCase> command, String message) {
    MediationSnapshot before = mc.snapshot();
    int events = mc.pendingEvents().size();
    assertThatIllegalArgumentException().isThrownBy(() -> command.accept(mc)).withMessage(message);
    assertThat(mc.snapshot()).isEqualTo(before);
    assertThat(mc.pendingEvents()).hasSize(events);
  }

  static String lastDetail(MediationCase mc) {
    return mc.pendingEvents().getLast().detail();
  }

  @Test
  @DisplayName(
      "6.2.1.1.1 适宜调解: the suitability assessment records its reasons, suitable or not, and is"
          + " refused without them")
  void the_suitability_assessment_gives_its_reasons() {
    refusedUnchanged(
        opened(),
        mc -> mc.assess(true, " ", MEDIATOR, t(1)),
        "a suitability assessment gives its reasons");
    refusedUnchanged(
        opened(),
        mc -> mc.assess(false, null, MEDIATOR, t(1)),
        "a suitability assessment gives its reasons");

    MediationCase suitable = opened();
    suitable.assess(true, "事实清楚", MEDIATOR, t(1));
    assertThat(suitable.state()).isEqualTo(MediationState.AWAITING_CONSENT);
    assertThat(lastDetail(suitable)).isEqualTo("suitable: 事实清楚");
    assertThat(suitable.snapshot().suitabilityNote()).contains("事实清楚");

    MediationCase unsuitable = opened();
    unsuitable.assess(false, "涉刑事", MEDIATOR, t(1));
    assertThat(unsuitable.state()).isEqualTo(MediationState.UNSUITABLE);
    assertThat(lastDetail(unsuitable)).isEqualTo("unsuitable: 涉刑事");
  }

  @Test
  @DisplayName(
      "6.2.1.1.1 各方当事人愿意调解: a consent is taken only from the party at its position, by name;"
          + " one past the last party or another name is refused, nothing written")
  void a_consent_names_the_party_at_its_position() {
    refusedUnchanged(
        awaitingConsent(),
        mc -> mc.recordConsent(new Consent(2, "李四", true, true, t(2)), MEDIATOR),
        "李四 is not party 2");
    refusedUnchanged(
        awaitingConsent(),
        mc -> mc.recordConsent(new Consent(0, FIRM, true, true, t(2)), MEDIATOR),
        FIRM + " is not party 0");
    refusedUnchanged(
        awaitingConsent(),
        mc -> mc.recordConsent(new Consent(1, ZHANG, false, true, t(2)), MEDIATOR),
        ZHANG + " is not party 1");

    MediationCase mc = awaitingConsent();
    mc.recordConsent(new Consent(1, FIRM, true, true, t(2)), MEDIATOR);
    assertThat(mc.state()).isEqualTo(MediationState.AWAITING_CONSENT);
    assertThat(lastDetail(mc)).isEqualTo(FIRM + " consented");
  }

  @Test
  @DisplayName(
      "6.2.1.1.1 各方当事人愿意调解: every party has consented only once each of them has, and never"
          + " after a refusal")
  void every_party_consented_only_when_each_did() {
    MediationCase mc = awaitingConsent();
    assertThat(mc.everyPartyConsented()).as("no answer yet").isFalse();
    mc.recordConsent(new Consent(0, ZHANG, true, true, t(2)), MEDIATOR);
    assertThat(mc.everyPartyConsented()).as("one of two").isFalse();
    mc.recordConsent(new Consent(0, ZHANG, true, true, t(3)), MEDIATOR);
    assertThat(mc.everyPartyConsented()).as("the same party twice is still one of two").isFalse();
    assertThat(mc.snapshot().consents()).singleElement().extracting(Consent::at).isEqualTo(t(3));
    mc.recordConsent(new Consent(1, FIRM, true, true, t(4)), MEDIATOR);
    assertThat(mc.everyPartyConsented()).isTrue();
    assertThat(mc.state()).isEqualTo(MediationState.CONSENTED);

    MediationCase refused = awaitingConsent();
    refused.recordConsent(new Consent(0, ZHANG, true, true, t(2)), MEDIATOR);
    refused.recordConsent(new Consent(1, FIRM, false, true, t(3)), MEDIATOR);
    assertThat(refused.snapshot().consents()).hasSize(2);
    assertThat(refused.everyPartyConsented()).as("two answers, one a refusal").isFalse();
    assertThat(refused.state()).isEqualTo(MediationState.DECLINED);
    assertThat(lastDetail(refused)).isEqualTo(FIRM + " refused mediation");
  }

  @Test
  @DisplayName(
      "6.2.1.1.2 调解不成功: a failure states why and the parties' other routes, and is refused"
          + " without either, nothing written")
  void a_failure_states_why_and_the_other_routes() {
    refusedUnchanged(
        inSession(), mc -> mc.fail(" ", "仲裁、诉讼", MEDIATOR, t(6)), "a failure states why");
    refusedUnchanged(
        inSession(),
        mc -> mc.fail("金额分歧过大", "", MEDIATOR, t(6)),
        "the parties are told their other routes");

    MediationCase mc = inSession();
    assertThat(mc.failureReason()).isEmpty();
    mc.fail("金额分歧过大", "仲裁、诉讼", MEDIATOR, t(6));
    assertThat(mc.state()).isEqualTo(MediationState.FAILED);
    assertThat(mc.failureReason()).contains("金额分歧过大");
    assertThat(mc.snapshot().routesTold()).contains("仲裁、诉讼");
    assertThat(lastDetail(mc)).isEqualTo("failed: 金额分歧过大");
  }

  @Test
  @DisplayName(
      "6.2.1.1.2 当事人还可直接申请网上诉讼立案: a referral records the filing reference and is refused"
          + " without one, nothing written")
  void a_referral_records_its_filing_reference() {
    refusedUnchanged(
        failed(),
        mc -> mc.referToLitigation(" ", MEDIATOR, t(7)),
        "a referral records the filing reference");
    refusedUnchanged(
        failed(),
        mc -> mc.referToLitigation(null, MEDIATOR, t(7)),
        "a referral records the filing reference");

    MediationCase mc = failed();
    mc.referToLitigation("filing-7", MEDIATOR, t(7));
    assertThat(mc.state()).isEqualTo(MediationState.REFERRED_TO_LITIGATION);
    assertThat(mc.snapshot().filingReference()).contains("filing-7");
    assertThat(mc.close(MEDIATOR, t(8)).orElseThrow().summary()).contains("filing-7");
    assertThat(mc.state()).isEqualTo(MediationState.CLOSED);
  }

  @Test
  @DisplayName(
      "6.2.1.1.2 线上调解: an online session starts when its video room does, and its scheduling"
          + " says when")
  void an_online_session_starts_with_its_room() {
    VideoRoom room = new VideoRoom("r1", "https://video/r1", t(24));
    assertThat(new Session.Online(room).startsAt()).isEqualTo(t(24));

    MediationCase mc = inSession();
    mc.schedule(new Session.Online(room), MEDIATOR, t(6));
    assertThat(mc.state()).isEqualTo(MediationState.SCHEDULED);
    assertThat(lastDetail(mc)).isEqualTo("session at " + t(24));
  }

  @Test
  @DisplayName(
      "a case id <matter>/M<n> reads back as written; without /M, or without the matter before it,"
          + " it is refused naming what is missing")
  void the_case_id_reads_back() {
    MediationCaseId id = new MediationCaseId(RegistrationNumber.parse("331121-20261125-0007"), 12);
    assertThat(id.toString()).isEqualTo("331121-20261125-0007/M12");
    assertThat(MediationCaseId.parse("331121-20261125-0007/M12")).isEqualTo(id);
    assertThat(MediationCaseId.parse("331121-20261125-0007/M1").attempt()).isEqualTo(1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MediationCaseId.parse("331121-20261125-0007"))
        .withMessage("a mediation case reads <matter>/M<n>, not 331121-20261125-0007");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MediationCaseId.parse("/M1"))
        .withMessageContaining("a registration number reads");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MediationCaseId.parse("331121-20261125-0007/M0"))
        .withMessage("attempts are numbered from 1");
  }
}
