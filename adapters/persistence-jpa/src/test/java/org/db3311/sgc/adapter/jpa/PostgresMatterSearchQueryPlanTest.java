package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.intake.MatterQuery;
import org.db3311.sgc.core.intake.MatterQuery.Direction;
import org.db3311.sgc.core.intake.MatterQuery.Sort;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.PlaceScope;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With tens of thousands of matters, PostgreSQL answers the matter search — the very SQL {@link
 * JpaMatterSearch} issues, with its parameters bound — from the indexes of {@code
 * V9__matter_search.sql}: the main list of a county (county and state, newest first) is read off
 * {@code matter_county_state_registered} in order, with no sort and no sequential scan of {@code
 * matter} (an incremental sort of equal registration times by number is allowed elsewhere).
 */
class PostgresMatterSearchQueryPlanTest {

  private static final int MATTERS = 40_000;
  private static StoreFixture fixture;

  @BeforeAll
  static void open() throws SQLException {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresMatterSearchQueryPlanTest.class);
    try (Connection c = fixture.store.dataSource().getConnection();
        Statement s = c.createStatement()) {
      // two years from 2026 in ten counties, seven states; every other matter supervised
      s.execute(
          "insert into matter (registration_number, version, state, kind, channel,"
              + " category_code, county, township, township_code, registered_at,"
              + " number_order, document)"
              + " select c || '-' || to_char(t, 'YYYYMMDD') || '-' || lpad(i::text, 6, '0'), 1,"
              + " (array['PENDING_DECISION', 'AWAITING_SUPPLEMENT', 'ACCEPTED', 'REFUSED',"
              + " 'WITHDRAWN', 'IN_HANDLING', 'CLOSED'])[1 + i % 7], 'DISPUTE', 'WINDOW',"
              + " 'dispute.labour', c, 'town', c || '001', t,"
              + " c || '-' || to_char(t, 'YYYYMMDD') || '-' || lpad(i::text, 12, '0'),"
              + " repeat('x', 400)"
              + " from (select i, (331120 + i % 10)::text as c,"
              + " timestamptz '2026-01-01 00:00:00+08' + i * interval '26 minutes' as t"
              + " from generate_series(1, "
              + MATTERS
              + ") i) g");
      s.execute(
          "insert into supervision_file (subject, version, state, lead_unit, next_deadline,"
              + " opened_at, clocks_running, document)"
              + " select registration_number, 1, 'ASSIGNED',"
              + " 'unit-' || (ascii(right(registration_number, 1)) % 20), date '2026-02-01',"
              + " registered_at, true, repeat('x', 400) from matter"
              + " where right(registration_number, 1) in ('0', '2', '4', '6', '8')");
      // the copies V28 keeps on the matter row, as JpaSupervisionFileRepository.save writes them
      s.execute(
          "update matter m set lead_unit = f.lead_unit, next_deadline = f.next_deadline"
              + " from supervision_file f where f.subject = m.registration_number");
      // the update left every other row version dead: vacuum, as autovacuum would, so the
      // planner sees the visibility map an index-only scan relies on
      c.setAutoCommit(true);
      s.execute("vacuum analyze matter");
      s.execute("analyze supervision_file");
    }
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  private static List<JsonObject> plan(JpaMatterSearch.Sql sql) throws SQLException {
    try (Connection c = fixture.store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("explain (format json) " + sql.text())) {
      for (int i = 0; i < sql.parameters().size(); i++) {
        s.setObject(i + 1, sql.parameters().get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return PostgresPlanFixture.nodes(r.getString(1));
      }
    }
  }

  private static void readsByIndex(List<JsonObject> nodes, String... indexes) {
    assertThat(nodes)
        .as("no sequential scan of matter in %s", nodes)
        .noneMatch(
            n ->
                n.getString("Node Type").equals("Seq Scan")
                    && n.getString("Relation Name", "").equals("matter"));
    assertThat(nodes)
        .as("read from index %s: %s", List.of(indexes), nodes)
        .anyMatch(
            n ->
                List.of("Index Scan", "Index Only Scan").contains(n.getString("Node Type"))
                    && List.of(indexes).contains(n.getString("Index Name", "")));
  }

  private static void inIndexOrder(List<JsonObject> nodes) {
    assertThat(nodes)
        .as("the page is read in index order, not sorted whole: %s", nodes)
        .noneMatch(n -> n.getString("Node Type").equals("Sort"));
  }

  @Test
  void a_countys_matters_in_a_state_newest_first_are_read_off_the_index_in_order()
      throws SQLException {
    List<JsonObject> nodes =
        plan(
            JpaMatterSearch.sql(
                MatterQuery.all()
                    .within(PlaceScope.of("331121"))
                    .inStates(MatterState.IN_HANDLING)
                    .sortedBy(Sort.REGISTERED_AT, Direction.DESCENDING)));
    readsByIndex(nodes, "matter_county_state_registered");
    inIndexOrder(nodes);
  }

  @Test
  void the_same_oldest_first_and_a_later_page_read_the_same_index() throws SQLException {
    List<JsonObject> nodes =
        plan(
            JpaMatterSearch.sql(
                MatterQuery.all()
                    .within(PlaceScope.of("331121"))
                    .inStates(MatterState.ACCEPTED)
                    .sortedBy(Sort.REGISTERED_AT, Direction.ASCENDING)
                    .page(200, 50)));
    readsByIndex(nodes, "matter_county_state_registered");
    inIndexOrder(nodes);
  }

  /**
   * A deep page by seek (a key late in 2027): the key bounds the scan of the county's index (in its
   * index condition, so the scan starts there), read in order with no sort: it costs what the first
   * page does, where an offset reads every row before it.
   */
  @Test
  void a_deep_page_by_seek_starts_in_the_index_at_its_key() throws SQLException {
    MatterQuery.After key =
        new MatterQuery.After(
            Instant.parse("2027-06-01T00:00:00Z"),
            Optional.empty(),
            RegistrationNumber.parse("331121-20270601-0031000"));
    for (Direction direction : Direction.values()) {
      List<JsonObject> nodes =
          plan(
              JpaMatterSearch.sql(
                  MatterQuery.all()
                      .within(PlaceScope.of("331121"))
                      .inStates(MatterState.IN_HANDLING)
                      .sortedBy(Sort.REGISTERED_AT, direction)
                      .after(key, 50)));
      readsByIndex(nodes, "matter_county_state_registered");
      inIndexOrder(nodes);
      assertThat(nodes)
          .as("the key in the index condition: %s", nodes)
          .anyMatch(
              n ->
                  n.getString("Index Name", "").equals("matter_county_state_registered")
                      && n.getString("Index Cond", "").matches(".*ROW\\(registered_at, .*"));
    }
  }

  /**
   * Without a state, the planner may read the county's index or walk the period index newest first
   * keeping the county's entries (cheap when the county holds a tenth of the matters): either way
   * an index in time order, never a sort of the whole county.
   */
  @Test
  void a_countys_matters_in_any_state_are_read_in_time_order_off_an_index() throws SQLException {
    List<JsonObject> nodes =
        plan(JpaMatterSearch.sql(MatterQuery.all().within(PlaceScope.of("331125"))));
    readsByIndex(nodes, "matter_county_registered", "matter_period");
    inIndexOrder(nodes);
  }

  @Test
  void a_month_of_the_period_scan_reads_the_period_index() throws SQLException {
    List<JsonObject> nodes =
        plan(
            new JpaMatterSearch.Sql(
                JpaMatterSearch.PERIOD,
                List.of(
                    Conversions.toColumn(Instant.parse("2026-05-31T16:00:00Z")),
                    Conversions.toColumn(Instant.parse("2026-06-30T16:00:00Z")))));
    // Since V28 widened the index by the lead unit and next deadline, the planner may read one
    // month of this small table through a bitmap of the same index and sort it; at 1,000,000
    // matters it is an index-only scan in order (docs/persistence.md, query benchmarks).
    assertThat(nodes)
        .as("read from index matter_period: %s", nodes)
        .anyMatch(
            n ->
                List.of("Index Scan", "Index Only Scan", "Bitmap Index Scan")
                        .contains(n.getString("Node Type"))
                    && n.getString("Index Name", "").equals("matter_period"));
    assertThat(nodes)
        .as("the scan joins no supervision file (lead unit and deadline are on the row): %s", nodes)
        .noneMatch(n -> n.getString("Relation Name", "").equals("supervision_file"));
  }
}
