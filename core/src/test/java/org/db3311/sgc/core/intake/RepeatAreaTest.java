package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The area half of repeat detection (6.5.1): two places are in the same area when their counties
 * agree and then their township codes where both have one, else their township names where both
 * have one; a candidate a store answers from its columns compares as the place it was read from.
 */
@DisplayName("repeat detection: same area by township code, else by township name")
class RepeatAreaTest {

  private static final Place NAMED = Place.of("331121", "鹤城街道", "鹤城街道某路");
  private static final Place CODED = Place.coded("331121001", null, "鹤城街道", "鹤城街道某路");
  private static final Place OTHER_CODE = Place.coded("331121002", null, "鹤城街道", "鹤城街道某路");

  @Test
  void codes_decide_where_both_places_have_one() {
    assertThat(CODED.sameArea(Place.coded("331121001", null, "别名", "某地"))).isTrue();
    // the same name under another code is another township
    assertThat(CODED.sameArea(OTHER_CODE)).isFalse();
  }

  @Test
  void names_decide_where_a_place_has_no_code() {
    assertThat(CODED.sameArea(NAMED)).isTrue();
    assertThat(NAMED.sameArea(CODED)).isTrue();
    assertThat(NAMED.sameArea(Place.of("331121", "温溪镇", "温溪镇某村"))).isFalse();
    // no township on either side is no known area
    assertThat(Place.of("331121", null, "某地").sameArea(Place.of("331121", null, "某地"))).isFalse();
  }

  @Test
  void another_county_is_never_the_same_area() {
    assertThat(NAMED.sameArea(Place.of("331102", "鹤城街道", "某地"))).isFalse();
  }

  @Test
  @Implements("6.5.1")
  void a_candidate_under_another_code_is_no_group_dispute_however_named() {
    Registration incoming =
        IntakeFixtures.windowRegistration(
                Party.Citizen.of("甲", null, "13905780001"),
                "dispute.labour",
                IntakeFixtures.ALL_MATERIALS)
            .at(CODED);
    Instant at = Instant.parse("2033-05-02T00:00:00Z");
    RepeatCandidate sameCode = candidate("331121-20330501-0001", CODED);
    RepeatCandidate otherCode = candidate("331121-20330501-0002", OTHER_CODE);
    RepeatCandidate namedOnly = candidate("331121-20330501-0003", NAMED);

    assertThat(
            RepeatDetectionRule.defaults()
                .linksFor(incoming, at, List.of(sameCode, otherCode, namedOnly)))
        .extracting(RepeatLink::earlier)
        .containsExactly(sameCode.number(), namedOnly.number());
  }

  @Property
  @Label("a candidate's area compares as the place it was read from, both ways")
  void candidate_compares_as_its_place(
      @ForAll("places") Place earlier, @ForAll("places") Place incoming) {
    RepeatCandidate c = candidate("331121-20330501-0001", earlier);
    assertThat(c.sameArea(incoming)).isEqualTo(earlier.sameArea(incoming));
    assertThat(earlier.sameArea(incoming)).isEqualTo(incoming.sameArea(earlier));
  }

  @Provide
  Arbitrary<Place> places() {
    Arbitrary<String> county = Arbitraries.of("331121", "331102");
    Arbitrary<Optional<String>> name = Arbitraries.of("鹤城街道", "温溪镇").optional(0.7);
    Arbitrary<Optional<String>> code = Arbitraries.of("001", "002").optional(0.5);
    return Combinators.combine(county, name, code)
        .as(
            (c, n, t) ->
                t.isPresent()
                    ? Place.coded(c + t.get(), null, n.orElse(null), "某地")
                    : Place.of(c, n.orElse(null), "某地"));
  }

  private static RepeatCandidate candidate(String number, Place place) {
    return new RepeatCandidate(
        RegistrationNumber.parse(number),
        Instant.parse("2033-05-01T00:00:00Z"),
        "dispute.labour",
        place.county(),
        place.township(),
        place.townshipCode(),
        false);
  }
}
