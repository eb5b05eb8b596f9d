package org.db3311.sgc.core.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.db3311.sgc.core.catalog.Implements;

@Implements("6.6.1.p2")
class GradingPolicyTest {

  @Property
  void more_impact_never_suggests_a_lower_grade(
      @ForAll @IntRange(min = 0, max = 50) int deaths,
      @ForAll @IntRange(min = 0, max = 200) int injured,
      @ForAll @IntRange(min = 0, max = 20_000) int affected,
      @ForAll @IntRange(min = 0, max = 20) int more) {
    GradingPolicy p = GradingPolicy.defaults();
    IncidentGrade base = p.suggest(new ImpactAssessment(deaths, injured, affected, false));
    IncidentGrade worse =
        p.suggest(new ImpactAssessment(deaths + more, injured + more, affected + more, false));
    IncidentGrade spreading = p.suggest(new ImpactAssessment(deaths, injured, affected, true));

    assertThat(worse.ordinal()).isLessThanOrEqualTo(base.ordinal());
    assertThat(spreading.ordinal()).isLessThanOrEqualTo(base.ordinal());
  }
}
