package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.Place;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements({"6.2.1.1.2", "8.2.3"})
@DisplayName("6.2.1.1.2 根据纠纷类型、发生地、管辖地等情况智能流转至相关责任部门或多部门联动或属地调解组织")
class RoutingTableTest {

  private final RoutingTable table =
      RoutingTable.defaults(
          Map.of("鹤城街道", MediationFixtures.HECHENG_COMMITTEE), MediationFixtures.FALLBACK);

  private RoutingDecision route(String category, String township, RoutingRule.Jurisdiction j) {
    return table.route(new RoutingFacts(category, Place.of("331121", township, "某地"), j));
  }

  @Test
  @DisplayName("by dispute type: labour to the responsible department")
  void by_type() {
    RoutingDecision d = route("dispute.labour", "鹤城街道", RoutingRule.Jurisdiction.LOCAL);
    assertThat(d.rule()).isEqualTo("labour");
    assertThat(d.venue()).isInstanceOf(Venue.ResponsibleDepartment.class);
  }

  @Test
  @DisplayName("by type: land acquisition to a joint mediation with a lead unit")
  void joint() {
    RoutingDecision d = route("dispute.land_acquisition", "温溪镇", RoutingRule.Jurisdiction.LOCAL);
    assertThat(d.venue()).isInstanceOf(Venue.JointMediation.class);
    assertThat(d.venue().lead()).isEqualTo(UnitId.of("county-natural-resources"));
  }

  @Test
  @DisplayName(
      "by place: the committee of the township, or the county committee when none is listed")
  void by_place() {
    assertThat(route("dispute.neighbour", "鹤城街道", RoutingRule.Jurisdiction.LOCAL).venue())
        .isEqualTo(new Venue.MediationCommittee(MediationFixtures.HECHENG_COMMITTEE));
    assertThat(route("dispute.neighbour", "温溪镇", RoutingRule.Jurisdiction.LOCAL).venue())
        .isEqualTo(new Venue.MediationCommittee(MediationFixtures.FALLBACK));
  }

  @Test
  @DisplayName("by jurisdiction: another county's dispute is mediated jointly with the city")
  void by_jurisdiction() {
    RoutingDecision d = route("dispute.neighbour", "鹤城街道", RoutingRule.Jurisdiction.OTHER_COUNTY);
    assertThat(d.rule()).isEqualTo("other-county");
    assertThat(d.explanation()).contains("jurisdiction OTHER_COUNTY");
  }

  @Test
  @DisplayName("the explanation names the chosen rule and why earlier rules did not apply")
  void explanation() {
    RoutingDecision d = route("dispute.neighbour", "鹤城街道", RoutingRule.Jurisdiction.LOCAL);
    assertThat(d.explanation())
        .contains("rule 'local'")
        .contains("labour (type dispute.neighbour not in [dispute.labour])");
  }

  @Test
  @DisplayName("a table that could leave a dispute unrouted is refused when it is configured")
  void a_table_must_end_with_a_rule_for_every_dispute() {
    assertThatThrownBy(
            () ->
                new RoutingTable(
                    List.of(
                        new RoutingRule(
                            "only-labour",
                            Set.of("dispute.labour"),
                            Set.of(),
                            Optional.empty(),
                            new RoutingRule.Target.CommitteeOfPlace())),
                    Map.of(),
                    MediationFixtures.FALLBACK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without conditions")
        .hasMessageContaining("only-labour");
    assertThat(RoutingTable.defaults(Map.of(), MediationFixtures.FALLBACK).rules().getLast())
        .satisfies(r -> assertThat(r.matchesEverything()).isTrue());
  }
}
