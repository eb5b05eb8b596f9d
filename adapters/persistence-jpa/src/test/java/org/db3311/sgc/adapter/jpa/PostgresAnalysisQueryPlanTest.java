package org.db3311.sgc.adapter.jpa;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With tens of thousands of rows, PostgreSQL answers the period scans of the analysis stores — the
 * very SQL the repositories issue — from the indexes of V10–V14, never by reading a whole table.
 */
class PostgresAnalysisQueryPlanTest {

  private static final int ROWS = 20_000;
  private static PostgresPlanFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new PostgresPlanFixture(PostgresAnalysisQueryPlanTest.class);
    String series = " from generate_series(0, " + (ROWS - 1) + ") i";
    fixture.fill(
        // a matter registered every ten minutes from mid-2025, across the turn of 2027
        "insert into case_fact (matter_id, registered_at, closed_at, category,"
            + " document) select 'CF-' || i,"
            + " timestamptz '2025-06-01 00:00:00+08' + i * interval '10 minutes',"
            + " null, 'dispute.labour', repeat('x', 400)"
            + series,
        // about 27 members of staff a day over two years
        "insert into staff_attendance (entry_no, staff_id, attendance_day, status,"
            + " document) select i + 1, 's-' || (i / 730),"
            + " date '2025-06-01' + (i % 730), 'PRESENT', repeat('x', 200)"
            + series,
        // one warning in ten still open, each about a subject of its own
        "insert into warning (warning_id, version, subject_kind, subject_key,"
            + " open_subject, owner_unit, raised_at, warning_level, state, document)"
            + " select 'YJ-' || i, 1, 'PERSON', 'p' || i,"
            + " case when i % 10 = 0 then 'PERSON:p' || i end, 'center.risk',"
            + " timestamptz '2025-06-01 00:00:00+08' + i * interval '1 hour',"
            + " 'BLUE', case when i % 10 = 0 then 'PUBLISHED' else 'CLOSED' end,"
            + " repeat('x', 400)"
            + series,
        // a day's collection for each of 20,000 days
        "insert into daily_collection (collection_day, collected_at, interim,"
            + " document) select date '1970-01-01' + i,"
            + " timestamptz '1970-01-02 00:05:00+08' + i * interval '1 day', false,"
            + " repeat('x', 400)"
            + series,
        // sealed files closing over two hundred years
        "insert into archive_file (file_id, ledger_position, filing_year, seal,"
            + " entry_hash, content) select 'EF-' || i, i + 1, 1900 + i % 200,"
            + " repeat('0', 64), repeat('0', 64), decode(repeat('00', 200), 'hex')"
            + series);
    fixture.analyze("case_fact", "staff_attendance", "warning", "daily_collection", "archive_file");
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  void a_reporting_period_of_case_facts_reads_the_registration_index() {
    PostgresPlanFixture.readsByIndex(
        fixture.plan(
            JpaCaseFactStore.REGISTERED_BETWEEN,
            OffsetDateTime.parse("2026-12-31T00:00:00+08:00"),
            OffsetDateTime.parse("2027-01-01T00:00:00+08:00")),
        "case_fact",
        "case_fact_registered");
  }

  @Test
  void a_period_of_attendance_reads_the_day_index() {
    PostgresPlanFixture.readsByIndex(
        fixture.plan(
            JpaStaffRecords.ATTENDANCE, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)),
        "staff_attendance",
        "staff_attendance_day");
  }

  @Test
  void the_open_warning_about_a_subject_reads_its_unique_key() {
    PostgresPlanFixture.readsByIndex(
        fixture.plan(JpaWarningRepository.OPEN_ABOUT, "PERSON:p770"),
        "warning",
        "warning_open_subject");
  }

  @Test
  void a_span_of_daily_collections_reads_the_primary_key() {
    PostgresPlanFixture.readsByIndex(
        fixture.plan(
            JpaDailyCollectionStore.BETWEEN, LocalDate.of(2000, 12, 30), LocalDate.of(2001, 1, 3)),
        "daily_collection",
        "daily_collection_pkey");
  }

  @Test
  void a_closing_year_of_sealed_files_reads_the_year_index() {
    PostgresPlanFixture.readsByIndex(
        fixture.plan(JpaArchiveStore.CLOSED_IN, 2026), "archive_file", "archive_file_year");
  }
}
