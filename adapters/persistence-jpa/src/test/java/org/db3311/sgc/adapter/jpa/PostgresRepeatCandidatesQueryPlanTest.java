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
 * With a county's 90-day intake stored (20,000 matters, every one inside the window), the
 * repeat-detection query of a registration — the very SQL {@link JpaMatterRepository} sends — reads
 * the applicant-key and area indexes, never every matter of the window: the statement runs in every
 * registration's transaction, so a scan would make registering slower as intake grows.
 */
class PostgresRepeatCandidatesQueryPlanTest {

  private static final int ROWS = 20_000;
  private static final Instant NOW = Instant.parse("2027-01-05T02:00:00Z");
  private static PostgresPlanFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new PostgresPlanFixture(PostgresRepeatCandidatesQueryPlanTest.class);
    fill(fixture);
    fixture.analyze("matter", "matter_applicant_key");
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  /** The fixture's 20,000 matters in 32 townships and ten categories, one applicant key each. */
  static void fill(PostgresPlanFixture f) {
    f.fill(
        // ten categories (one in ten 'dispute.labour') in 32 townships, one matter every six
        // minutes back from NOW, so the window crosses the year boundary; one applicant key
        // per matter
        "insert into matter (registration_number, version, state, kind, channel,"
            + " category_code, county, township, township_code, registered_at,"
            + " number_order, document)"
            + " select 'm-' || i, 1, 'REGISTERED', 'DISPUTE', 'WINDOW',"
            + " case when i % 10 = 0 then 'dispute.labour'"
            + " else 'dispute.c' || (i % 10) end, '331121', '乡镇' || (i % 32),"
            + " '331121' || lpad((100 + i % 32)::text, 3, '0'),"
            + " timestamptz '2027-01-05 02:00:00+00' - i * interval '6 minutes',"
            + " lpad(i::text, 12, '0'), repeat('x', 400)"
            + " from generate_series(1, "
            + ROWS
            + ") i",
        "insert into matter_applicant_key (registration_number, key_hash)"
            + " select 'm-' || i, 'h' || i from generate_series(1, "
            + ROWS
            + ") i");
  }

  @Test
  void a_registration_reads_its_candidates_by_applicant_key_and_area_not_the_whole_window() {
    // known by township code and name: a branch for each
    Registration r =
        IntakeFixtures.windowRegistration(
                Party.Citizen.of("申请人", null, "13900000007"),
                "dispute.labour",
                IntakeFixtures.ALL_MATERIALS)
            .at(Place.coded("331121103", null, "乡镇3", "某路1号"));
    JpaMatterRepository.CandidateQuery query =
        new JpaMatterRepository(fixture.store()).candidateQuery(r, NOW.minus(Duration.ofDays(90)));
    assertThat(query).isNotNull();
    List<JsonObject> nodes = fixture.plan(query.sql(), query.parameters());
    assertThat(nodes)
        .as("no sequential scan of matter in %s", nodes)
        .noneMatch(
            n ->
                n.getString("Node Type").equals("Seq Scan")
                    && n.getString("Relation Name", "").equals("matter"));
    List<String> indexes = PostgresPlanFixture.indexesRead(nodes);
    assertThat(indexes)
        .as("the plan %s", nodes)
        .contains("matter_applicant_key_hash", "matter_pkey")
        .contains("matter_area_category", "matter_area_code_category");
  }
}
