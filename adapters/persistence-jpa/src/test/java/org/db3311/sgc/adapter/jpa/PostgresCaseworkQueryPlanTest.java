package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.onward.OnwardState;
import org.db3311.sgc.core.onward.OnwardWorkflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With tens of thousands of mediation cases, follow-ups and onward referrals, PostgreSQL answers
 * the finders — the very SQL the repositories issue — from the indexes of {@code
 * V4__mediation_followup_onward.sql}, never by reading a whole table.
 */
class PostgresCaseworkQueryPlanTest {

  private static final int ROWS = 20_000;
  private static PostgresPlanFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new PostgresPlanFixture(PostgresCaseworkQueryPlanTest.class);
    fixture.fill(
        // up to three attempts, rounds or referrals per matter; one case in a hundred with
        // a provisional confirmation due date; one referral in ten still on its road
        "insert into mediation_case (id, version, matter, attempt, state,"
            + " category_code, opened_at, confirmation_due,"
            + " confirmation_provisional, document)"
            + " select 'm-' || (i / 3) || '/M' || (1 + i % 3), 1, 'm-' || (i / 3),"
            + " 1 + i % 3, 'AGREED', 'dispute.labour',"
            + " timestamptz '2025-06-01 00:00:00+08' + i * interval '10 minutes',"
            + " date '2026-01-01' + (i % 730), i % 100 = 0, repeat('x', 400)"
            + " from generate_series(0, "
            + (ROWS - 1)
            + ") i",
        "insert into follow_up (id, version, matter, round_number, state,"
            + " opened_at, document)"
            + " select 'm-' || (i / 3) || '/F' || (1 + i % 3), 1, 'm-' || (i / 3),"
            + " 1 + i % 3, 'CONCLUDED',"
            + " timestamptz '2025-06-01 00:00:00+08' + i * interval '10 minutes',"
            + " repeat('x', 400) from generate_series(0, "
            + (ROWS - 1)
            + ") i",
        "insert into onward_referral (id, version, matter, referral_number,"
            + " mediation_case, state, road, body_unit, referred_on, document)"
            + " select 'm-' || (i / 3) || '/O' || (1 + i % 3), 1, 'm-' || (i / 3),"
            + " 1 + i % 3, 'm-' || (i / 3) || '/M1',"
            + " case when i % 10 = 0 then 'RECEIVED' else 'REPORTED_BACK' end,"
            + " 'PETITION', 'qingtian-petition-bureau',"
            + " date '2026-01-01' + (i % 730), repeat('x', 400)"
            + " from generate_series(0, "
            + (ROWS - 1)
            + ") i");
    fixture.analyze("mediation_case", "follow_up", "onward_referral");
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  void the_cases_of_a_matter_read_the_attempt_key() {
    PostgresPlanFixture.readsByIndex(
        fixture.plan(JpaMediationCaseRepository.OF_MATTER, "m-77"),
        "mediation_case",
        "mediation_case_attempt");
  }

  @Test
  @Implements("R10")
  void the_provisional_confirmation_due_dates_read_their_index() {
    PostgresPlanFixture.readsByIndex(
        fixture.plan(JpaMediationCaseRepository.PROVISIONAL),
        "mediation_case",
        "mediation_case_provisional");
  }

  @Test
  void the_follow_ups_of_a_matter_read_the_round_key() {
    PostgresPlanFixture.readsByIndex(
        fixture.plan(JpaFollowUpRepository.OF_MATTER, "m-77"), "follow_up", "follow_up_round");
  }

  @Test
  void the_referrals_of_a_matter_read_the_number_key() {
    PostgresPlanFixture.readsByIndex(
        fixture.plan(JpaOnwardReferralRepository.OF_MATTER, "m-77"),
        "onward_referral",
        "onward_referral_number");
  }

  @Test
  void the_open_referrals_read_the_state_index() {
    // the generated ended referrals must really be ended for the plan to mean anything
    assertThat(OnwardWorkflow.TABLE.terminalStates()).contains(OnwardState.REPORTED_BACK);
    assertThat(OnwardWorkflow.TABLE.terminalStates()).doesNotContain(OnwardState.RECEIVED);
    PostgresPlanFixture.readsByIndex(
        fixture.plan(JpaOnwardReferralRepository.OPEN), "onward_referral", "onward_referral_state");
  }
}
