package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.Registration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repeat candidates of a township known by name only, on the same 20,000 matters as {@link
 * PostgresRepeatCandidatesQueryPlanTest} but before any {@code ANALYZE} (a new county's database,
 * or a server whose PostgreSQL runs without autovacuum, as this build machine's does): the branch
 * by name reads the index by name. Before migration V33 ({@link AreaIndexes}) both area indexes
 * held every row and the planner, estimating one row from either, read the branch by name through
 * the code index: the county's whole category of the window.
 */
class PostgresRepeatCandidatesWithoutStatisticsTest {

  private static PostgresPlanFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new PostgresPlanFixture(PostgresRepeatCandidatesWithoutStatisticsTest.class);
    PostgresRepeatCandidatesQueryPlanTest.fill(fixture);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  void a_township_known_by_name_is_read_by_the_name_index_without_statistics() {
    Registration r =
        IntakeFixtures.windowRegistration(
                Party.Citizen.of("申请人", null, "13900000007"),
                "dispute.labour",
                IntakeFixtures.ALL_MATERIALS)
            .at(Place.of("331121", "乡镇3", "某路1号"));
    JpaMatterRepository.CandidateQuery query =
        new JpaMatterRepository(fixture.store())
            .candidateQuery(r, Instant.parse("2027-01-05T02:00:00Z").minus(Duration.ofDays(90)));
    List<JsonObject> nodes = fixture.plan(query.sql(), query.parameters());
    assertThat(PostgresPlanFixture.indexesRead(nodes))
        .as("the plan %s", nodes)
        .contains("matter_area_category")
        .doesNotContain("matter_area_code_category");
  }
}
