package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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
  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresCaseworkQueryPlanTest.class);
    fixture
        .store
        .unitOfWork()
        .with(
            em -> {
              // up to three attempts, rounds or referrals per matter; one case in a hundred with
              // a provisional confirmation due date; one referral in ten still on its road
              em.createNativeQuery(
                      "insert into mediation_case (id, version, matter, attempt, state,"
                          + " category_code, opened_at, confirmation_due,"
                          + " confirmation_provisional, document)"
                          + " select 'm-' || (i / 3) || '/M' || (1 + i % 3), 1, 'm-' || (i / 3),"
                          + " 1 + i % 3, 'AGREED', 'dispute.labour',"
                          + " timestamptz '2025-06-01 00:00:00+08' + i * interval '10 minutes',"
                          + " date '2026-01-01' + (i % 730), i % 100 = 0, repeat('x', 400)"
                          + " from generate_series(0, "
                          + (ROWS - 1)
                          + ") i")
                  .executeUpdate();
              em.createNativeQuery(
                      "insert into follow_up (id, version, matter, round_number, state,"
                          + " opened_at, document)"
                          + " select 'm-' || (i / 3) || '/F' || (1 + i % 3), 1, 'm-' || (i / 3),"
                          + " 1 + i % 3, 'CONCLUDED',"
                          + " timestamptz '2025-06-01 00:00:00+08' + i * interval '10 minutes',"
                          + " repeat('x', 400) from generate_series(0, "
                          + (ROWS - 1)
                          + ") i")
                  .executeUpdate();
              em.createNativeQuery(
                      "insert into onward_referral (id, version, matter, referral_number,"
                          + " mediation_case, state, road, body_unit, referred_on, document)"
                          + " select 'm-' || (i / 3) || '/O' || (1 + i % 3), 1, 'm-' || (i / 3),"
                          + " 1 + i % 3, 'm-' || (i / 3) || '/M1',"
                          + " case when i % 10 = 0 then 'RECEIVED' else 'REPORTED_BACK' end,"
                          + " 'PETITION', 'qingtian-petition-bureau',"
                          + " date '2026-01-01' + (i % 730), repeat('x', 400)"
                          + " from generate_series(0, "
                          + (ROWS - 1)
                          + ") i")
                  .executeUpdate();
              return null;
            });
    fixture
        .store
        .unitOfWork()
        .with(
            em -> {
              for (String table : List.of("mediation_case", "follow_up", "onward_referral")) {
                em.createNativeQuery("analyze " + table).executeUpdate();
              }
              return null;
            });
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  /** The plan's nodes, depth first. */
  private static List<JsonObject> plan(String sql, Object... parameters) {
    String json =
        fixture
            .store
            .unitOfWork()
            .with(
                em -> {
                  Query q = em.createNativeQuery("explain (format json) " + sql);
                  for (int i = 0; i < parameters.length; i++) {
                    q.setParameter(i + 1, parameters[i]);
                  }
                  Object result = q.getSingleResult();
                  if (result instanceof Object[] row) {
                    result = row[0];
                  }
                  return result.toString();
                });
    JsonObject root =
        Json.createReader(new StringReader(json))
            .readArray()
            .getJsonObject(0)
            .getJsonObject("Plan");
    List<JsonObject> nodes = new ArrayList<>();
    collect(root, nodes);
    return nodes;
  }

  private static void collect(JsonObject node, List<JsonObject> into) {
    into.add(node);
    if (node.containsKey("Plans")) {
      for (JsonValue child : node.getJsonArray("Plans")) {
        collect(child.asJsonObject(), into);
      }
    }
  }

  private static void readsByIndex(List<JsonObject> nodes, String table, String index) {
    assertThat(nodes)
        .as("no sequential scan of %s in %s", table, nodes)
        .noneMatch(
            n ->
                n.getString("Node Type").equals("Seq Scan")
                    && n.getString("Relation Name", "").equals(table));
    assertThat(nodes)
        .as("read from index %s: %s", index, nodes)
        .anyMatch(
            n ->
                List.of("Index Scan", "Index Only Scan", "Bitmap Index Scan")
                        .contains(n.getString("Node Type"))
                    && n.getString("Index Name", "").equals(index));
  }

  @Test
  void the_cases_of_a_matter_read_the_attempt_key() {
    readsByIndex(
        plan(JpaMediationCaseRepository.OF_MATTER, "m-77"),
        "mediation_case",
        "mediation_case_attempt");
  }

  @Test
  @Implements("R10")
  void the_provisional_confirmation_due_dates_read_their_index() {
    readsByIndex(
        plan(JpaMediationCaseRepository.PROVISIONAL),
        "mediation_case",
        "mediation_case_provisional");
  }

  @Test
  void the_follow_ups_of_a_matter_read_the_round_key() {
    readsByIndex(plan(JpaFollowUpRepository.OF_MATTER, "m-77"), "follow_up", "follow_up_round");
  }

  @Test
  void the_referrals_of_a_matter_read_the_number_key() {
    readsByIndex(
        plan(JpaOnwardReferralRepository.OF_MATTER, "m-77"),
        "onward_referral",
        "onward_referral_number");
  }

  @Test
  void the_open_referrals_read_the_state_index() {
    // the generated ended referrals must really be ended for the plan to mean anything
    assertThat(OnwardWorkflow.TABLE.terminalStates()).contains(OnwardState.REPORTED_BACK);
    assertThat(OnwardWorkflow.TABLE.terminalStates()).doesNotContain(OnwardState.RECEIVED);
    readsByIndex(
        plan(JpaOnwardReferralRepository.OPEN), "onward_referral", "onward_referral_state");
  }
}
