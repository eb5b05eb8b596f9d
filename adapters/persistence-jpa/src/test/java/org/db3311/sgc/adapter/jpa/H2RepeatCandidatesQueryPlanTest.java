package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.Registration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The embedded default's side of {@link PostgresRepeatCandidatesQueryPlanTest}: with a county's
 * 90-day intake stored (20,000 matters), the repeat-detection statement of a registration reads on
 * H2 only the rows of its applicant key and of its category and township, by name or by code —
 * never every matter of the window. H2's {@code explain analyze} counts the rows each table access
 * scanned; a place known by both township name and code once made H2 read all 20,000.
 */
class H2RepeatCandidatesQueryPlanTest {

  private static final int ROWS = 20_000;
  private static final Instant NOW = Instant.parse("2027-01-05T02:00:00Z");
  private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");
  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.H2, H2RepeatCandidatesQueryPlanTest.class);
    fixture
        .store
        .unitOfWork()
        .with(
            em -> {
              // ten categories in 32 townships, one matter every six minutes back from NOW (the
              // window crosses the year boundary), one applicant key per matter
              em.createNativeQuery(
                      "insert into matter (registration_number, version, state, kind, channel,"
                          + " category_code, county, township, township_code, registered_at,"
                          + " number_order, document)"
                          + " select 'm-' || x, 1, 'REGISTERED', 'DISPUTE', 'WINDOW',"
                          + " case when mod(x, 10) = 0 then 'dispute.labour'"
                          + " else 'dispute.c' || mod(x, 10) end, '331121', '乡镇' || mod(x, 32),"
                          + " '331121' || cast(100 + mod(x, 32) as varchar),"
                          + " dateadd(minute, -6 * x,"
                          + " timestamp with time zone '2027-01-05 02:00:00+00'),"
                          + " lpad(cast(x as varchar), 12, '0'), repeat('x', 400)"
                          + " from system_range(1, "
                          + ROWS
                          + ")")
                  .executeUpdate();
              em.createNativeQuery(
                      "insert into matter_applicant_key (registration_number, key_hash)"
                          + " select 'm-' || x, 'h' || x from system_range(1, "
                          + ROWS
                          + ")")
                  .executeUpdate();
              return em.createNativeQuery("analyze").executeUpdate();
            });
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  static List<Place> places() {
    return List.of(
        IntakeFixtures.place("乡镇2"),
        Place.coded("331121102", null, null, "某路1号"),
        Place.coded("331121102", null, "乡镇2", "某路1号"));
  }

  @ParameterizedTest
  @MethodSource("places")
  void a_registration_reads_its_candidates_by_index_not_the_whole_window(Place place) {
    Registration r =
        IntakeFixtures.windowRegistration(
                Party.Citizen.of("申请人", null, "13900000007"),
                "dispute.labour",
                IntakeFixtures.ALL_MATERIALS)
            .at(place);
    JpaMatterRepository.CandidateQuery query =
        new JpaMatterRepository(fixture.store).candidateQuery(r, NOW.minus(Duration.ofDays(90)));
    String plan =
        fixture
            .store
            .unitOfWork()
            .with(
                em -> {
                  var q = em.createNativeQuery("explain analyze " + query.sql());
                  for (int i = 0; i < query.parameters().size(); i++) {
                    q.setParameter(i + 1, query.parameters().get(i));
                  }
                  return String.valueOf(q.getSingleResult());
                });
    // township 乡镇2 holds 625 matters, 125 of them labour disputes: a branch may read those, and
    // the join probes the primary key once per candidate (H2 counts two rows a probe)
    Matcher scans = SCAN_COUNT.matcher(plan);
    int most = 0;
    while (scans.find()) {
      most = Math.max(most, Integer.parseInt(scans.group(1)));
    }
    assertThat(most).as("the most rows one access scanned, in %s", plan).isBetween(1, 300);
    assertThat(plan)
        .as("the plan")
        .contains("MATTER_APPLICANT_KEY_HASH")
        .containsAnyOf("MATTER_AREA_CATEGORY", "MATTER_AREA_CODE_CATEGORY");
    // H2 keeps no result of a union (Query.query runs it afresh every time), so a union under
    // "registration_number in (...)" ran again for every row the condition was tested on, and a
    // registration's cost grew with the square of its candidates (README "Benchmarks", session
    // 12): the union is a derived table, read once, its numbers joined by primary key
    assertThat(plan)
        .as("the plan")
        .contains("INNER JOIN \"PUBLIC\".\"MATTER\" \"M\"")
        .doesNotContain("\"REGISTRATION_NUMBER\" IN(");
  }
}
