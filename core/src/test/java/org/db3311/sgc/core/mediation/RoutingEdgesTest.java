package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.Place;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The routing explanation at its edges: each condition of the chosen rule is described, and each
 * condition an earlier rule failed on is named with the fact that failed it.
 */
@Implements("6.2.1.1.2")
@DisplayName("6.2.1.1.2 根据纠纷类型、发生地、管辖地等情况智能流转 — the routing explanation at its edges")
class RoutingEdgesTest {

  static final RoutingTable DEFAULTS =
      RoutingTable.defaults(
          Map.of("鹤城街道", MediationFixtures.HECHENG_COMMITTEE), MediationFixtures.FALLBACK);

  /** One rule on type and place, one on place alone, then the committee of the place. */
  static final RoutingTable BY_PLACE =
      new RoutingTable(
          List.of(
              new RoutingRule(
                  "hecheng-neighbours",
                  Set.of("dispute.neighbour"),
                  Set.of("鹤城街道"),
                  Optional.empty(),
                  new RoutingRule.Target.CommitteeOfPlace()),
              new RoutingRule(
                  "wenxi",
                  Set.of(),
                  Set.of("温溪镇"),
                  Optional.of(RoutingRule.Jurisdiction.LOCAL),
                  new RoutingRule.Target.CommitteeOfPlace()),
              new RoutingRule(
                  "local",
                  Set.of(),
                  Set.of(),
                  Optional.empty(),
                  new RoutingRule.Target.CommitteeOfPlace())),
          Map.of("鹤城街道", MediationFixtures.HECHENG_COMMITTEE),
          MediationFixtures.FALLBACK);

  static RoutingDecision route(
      RoutingTable table, String category, String township, RoutingRule.Jurisdiction j) {
    return table.route(new RoutingFacts(category, Place.of("331121", township, "某地"), j));
  }

  @Test
  @DisplayName("the chosen rule is described by its type, place and jurisdiction conditions")
  void the_chosen_rule_is_described_by_its_conditions() {
    assertThat(
            route(DEFAULTS, "dispute.labour", "鹤城街道", RoutingRule.Jurisdiction.LOCAL).explanation())
        .startsWith("rule 'labour' (type in [dispute.labour]) chose ");
    assertThat(
            route(DEFAULTS, "dispute.neighbour", "鹤城街道", RoutingRule.Jurisdiction.OTHER_COUNTY)
                .explanation())
        .startsWith("rule 'other-county' (jurisdiction OTHER_COUNTY) chose ");
    assertThat(
            route(DEFAULTS, "dispute.neighbour", "温溪镇", RoutingRule.Jurisdiction.LOCAL)
                .explanation())
        .startsWith("rule 'local' (any dispute) chose ");
    assertThat(
            route(BY_PLACE, "dispute.neighbour", "鹤城街道", RoutingRule.Jurisdiction.LOCAL)
                .explanation())
        .isEqualTo(
            "rule 'hecheng-neighbours' (type in [dispute.neighbour], place in [鹤城街道]) chose "
                + new Venue.MediationCommittee(MediationFixtures.HECHENG_COMMITTEE));
    assertThat(
            route(BY_PLACE, "dispute.contract", "温溪镇", RoutingRule.Jurisdiction.LOCAL)
                .explanation())
        .startsWith("rule 'wenxi' (place in [温溪镇], jurisdiction LOCAL) chose ");
  }

  @Test
  @DisplayName(
      "each rule passed over is named with every condition the dispute failed: type, place (or no"
          + " township), jurisdiction")
  void a_rule_passed_over_names_the_facts_that_failed_it() {
    RoutingDecision elsewhere =
        route(BY_PLACE, "dispute.contract", "东源镇", RoutingRule.Jurisdiction.OTHER_COUNTY);
    assertThat(elsewhere.rule()).isEqualTo("local");
    assertThat(elsewhere.venue())
        .isEqualTo(new Venue.MediationCommittee(MediationFixtures.FALLBACK));
    assertThat(elsewhere.explanation())
        .endsWith(
            "; not applicable: hecheng-neighbours (type dispute.contract not in [dispute.neighbour];"
                + " place 东源镇 not in [鹤城街道]), wenxi (place 东源镇 not in [温溪镇]; jurisdiction"
                + " OTHER_COUNTY is not LOCAL)");

    RoutingDecision nowhere =
        route(BY_PLACE, "dispute.neighbour", "", RoutingRule.Jurisdiction.LOCAL);
    assertThat(nowhere.rule()).isEqualTo("local");
    assertThat(nowhere.venue()).isEqualTo(new Venue.MediationCommittee(MediationFixtures.FALLBACK));
    assertThat(nowhere.explanation())
        .contains("hecheng-neighbours (place (no township) not in [鹤城街道])")
        .contains("wenxi (place (no township) not in [温溪镇])");

    assertThat(
            route(DEFAULTS, "dispute.medical", "鹤城街道", RoutingRule.Jurisdiction.LOCAL)
                .explanation())
        .as("a prefix condition matches the codes it begins")
        .startsWith("rule 'medical' (type in [dispute.medical]) chose ")
        .endsWith(
            "; not applicable: other-county (jurisdiction LOCAL is not OTHER_COUNTY), labour (type"
                + " dispute.medical not in [dispute.labour])");
  }
}
