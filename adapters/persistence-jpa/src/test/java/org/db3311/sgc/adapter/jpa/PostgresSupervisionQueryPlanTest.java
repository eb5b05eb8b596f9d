package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With tens of thousands of supervision files, PostgreSQL answers the repository's queries — the
 * very SQL {@link JpaSupervisionFileRepository} issues — from the indexes of {@code
 * V3__supervision.sql}, never by reading the whole of {@code supervision_file}.
 */
@Implements("8.2.4")
class PostgresSupervisionQueryPlanTest {

  private static final int FILES = 20_000;
  private static final int UNITS = 100;
  private static PostgresPlanFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new PostgresPlanFixture(PostgresSupervisionQueryPlanTest.class);
    fixture.fill(
        // deadlines over two years from 2026 (one file in ten with none), four states,
        // a hundred lead units, each file with one participating unit
        "insert into supervision_file"
            + " (subject, version, state, lead_unit, next_deadline, opened_at,"
            + " clocks_running, document)"
            + " select 'gen-' || lpad(i::text, 6, '0'), 1,"
            + " (array['ASSIGNED', 'IN_PROGRESS', 'HANDLED', 'COMPLETED'])[1 + i % 4],"
            + " 'unit-' || (i % "
            + UNITS
            + "), case when i % 10 = 0 then null"
            + " else date '2026-01-01' + (i % 730) end,"
            + " timestamptz '2025-06-01 00:00:00+08' + i * interval '10 minutes',"
            + " i % 10 <> 0, repeat('x', 400)"
            + " from generate_series(1, "
            + FILES
            + ") i",
        "insert into supervision_participant (subject, unit, state, next_deadline)"
            + " select 'gen-' || lpad(i::text, 6, '0'), 'unit-' || ((i + 1) % "
            + UNITS
            + "),"
            + " (array['ASSIGNED', 'IN_PROGRESS', 'HANDLED', 'COMPLETED'])[1 + i % 4],"
            + " case when i % 10 = 0 then null"
            + " else date '2026-01-01' + (i % 730) end"
            + " from generate_series(1, "
            + FILES
            + ") i");
    fixture.analyze("supervision_file", "supervision_participant");
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  private static final Date DAY = Date.valueOf(LocalDate.of(2026, 1, 10));

  private static void readsByIndex(List<JsonObject> nodes, String index) {
    PostgresPlanFixture.readsByIndex(nodes, "supervision_file", index);
  }

  @Test
  void the_view_of_one_lead_unit_reads_the_unit_state_index() {
    readsByIndex(
        fixture.plan(JpaSupervisionFileRepository.COUNT_LEADING_UNIT, DAY, "unit-7"),
        "supervision_file_unit_state");
  }

  @Test
  void the_view_of_one_participating_unit_reads_the_participant_index() {
    List<JsonObject> nodes =
        fixture.plan(JpaSupervisionFileRepository.COUNT_PARTICIPATING_UNIT, DAY, "unit-7");
    readsByIndex(nodes, "supervision_participant_unit");
    assertThat(nodes)
        .as("counted from the participant rows alone (state and deadline copied there): %s", nodes)
        .noneMatch(n -> n.getString("Relation Name", "").equals("supervision_file"));
  }

  @Test
  @Implements("6.2.1.3")
  void the_overdue_list_reads_the_deadline_index() {
    readsByIndex(
        fixture.plan(JpaSupervisionFileRepository.DUE_BEFORE, DAY, 50, 0), "supervision_file_due");
  }

  @Test
  @Implements("6.2.1.3")
  void the_overdue_list_is_counted_from_the_deadline_index() {
    readsByIndex(
        fixture.plan(JpaSupervisionFileRepository.COUNT_DUE_BEFORE, DAY), "supervision_file_due");
  }

  @Test
  @Implements("6.2.1.3")
  void the_near_deadline_list_reads_the_deadline_index() {
    readsByIndex(
        fixture.plan(
            JpaSupervisionFileRepository.DUE_BETWEEN,
            DAY,
            Date.valueOf(LocalDate.of(2026, 1, 17)),
            50,
            0),
        "supervision_file_due");
  }

  /**
   * A deep seek page: the key goes into the index condition (the scan starts at it) and the index
   * order is the list's (no sort), so the database reads the page's rows and not those before it.
   */
  private static void seeksByIndex(List<JsonObject> nodes) {
    readsByIndex(nodes, "supervision_file_due");
    assertThat(nodes)
        .as("the key bounds the index scan: %s", nodes)
        .anyMatch(
            n ->
                n.getString("Index Name", "").equals("supervision_file_due")
                    && n.getString("Index Cond", "")
                        .matches(".*ROW\\(next_deadline, \\(?subject.*\\) > ROW\\(.*"));
    assertThat(nodes)
        .as("read in the index's order, not sorted: %s", nodes)
        .noneMatch(n -> n.getString("Node Type").equals("Sort"));
  }

  @Test
  @Implements("6.2.1.3")
  void a_deep_overdue_page_by_seek_starts_in_the_deadline_index_at_its_key() {
    seeksByIndex(
        fixture.plan(
            JpaSupervisionFileRepository.DUE_BEFORE_AFTER,
            Date.valueOf(LocalDate.of(2027, 12, 1)),
            Date.valueOf(LocalDate.of(2027, 6, 1)),
            "gen-012345",
            50));
  }

  @Test
  @Implements("6.2.1.3")
  void a_deep_near_deadline_page_by_seek_starts_in_the_deadline_index_at_its_key() {
    seeksByIndex(
        fixture.plan(
            JpaSupervisionFileRepository.DUE_BETWEEN_AFTER,
            Date.valueOf(LocalDate.of(2026, 1, 1)),
            Date.valueOf(LocalDate.of(2027, 12, 31)),
            Date.valueOf(LocalDate.of(2027, 6, 1)),
            "gen-012345",
            50));
  }
}
