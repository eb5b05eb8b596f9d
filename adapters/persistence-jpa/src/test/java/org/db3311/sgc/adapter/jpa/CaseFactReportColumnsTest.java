package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.facts.PeriodCounts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V31 gives the facts stored before V30 their report columns from their documents, so a county
 * upgrading keeps its reports' counts; a document it cannot read is left uncounted, and the rest
 * are migrated.
 */
class CaseFactReportColumnsTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DivisionCode COUNTY = DivisionCode.of("331121");
  private static final Instant FROM = Instant.parse("2026-11-30T16:00:00Z"); // 1 Dec in Shanghai
  private static final Instant TO = Instant.parse("2026-12-31T16:00:00Z");

  @ParameterizedTest
  @EnumSource(TestStores.class)
  void facts_stored_before_the_columns_are_counted_after_the_upgrade(TestStores database)
      throws Exception {
    JpaSettings settings = database.settingsFor(CaseFactReportColumnsTest.class);
    try {
      var config =
          Flyway.configure()
              .dataSource(settings.url(), settings.user(), settings.password().orElse(null))
              .locations("classpath:db/migration")
              .target("30");
      settings.schema().ifPresent(s -> config.schemas(s).createSchemas(true));
      config.load().migrate();
      List<MatterFact> facts =
          List.of(
              MatterFact.registered(
                      MatterId.of("OLD-1"),
                      MatterKind.DISPUTE,
                      "dispute.labour",
                      COUNTY,
                      Instant.parse("2026-12-01T01:00:00Z"))
                  .cause("wages")
                  .handlingMethod("人民调解")
                  .area(Optional.of(AreaCode.of("331121001")), Optional.of("城关镇"), Optional.empty())
                  .closed(Instant.parse("2026-12-03T01:00:00Z"), Outcome.RESOLVED)
                  .build(),
              MatterFact.registered(
                      MatterId.of("OLD-2"),
                      MatterKind.PETITION,
                      "petition.land",
                      COUNTY,
                      Instant.parse("2026-12-20T15:59:59Z"))
                  .build());
      try (Connection c =
              DriverManager.getConnection(
                  settings.url(), settings.user(), settings.password().orElse(null));
          PreparedStatement insert =
              c.prepareStatement(
                  "insert into "
                      + settings.schema().map(s -> s + ".").orElse("")
                      + "case_fact (matter_id, registered_at, closed_at, category, document)"
                      + " values (?, ?, ?, ?, ?)")) {
        for (MatterFact f : facts) {
          insert.setString(1, f.id().value());
          insert.setTimestamp(2, Timestamp.from(f.registeredAt()));
          insert.setTimestamp(3, f.closedAt().map(Timestamp::from).orElse(null));
          insert.setString(4, f.category());
          insert.setString(5, SnapshotCodec.write(f));
          insert.executeUpdate();
        }
        insert.setString(1, "OLD-unreadable");
        insert.setTimestamp(2, Timestamp.from(Instant.parse("2026-12-02T01:00:00Z")));
        insert.setTimestamp(3, null);
        insert.setString(4, "dispute.labour");
        insert.setString(5, "{\"not\": \"a fact\"}");
        insert.executeUpdate();
      }

      try (JpaStore store = JpaStore.open(settings)) {
        PeriodCounts counted = new JpaCaseFactStore(store).countsBetween(FROM, TO, SHANGHAI);
        assertThat(counted).isEqualTo(PeriodCounts.tally(facts, FROM, TO, SHANGHAI));
        assertThat(counted.byPlace()).containsKey("331121001 城关镇");
      }
    } finally {
      TestStores.dispose(settings);
    }
  }
}
