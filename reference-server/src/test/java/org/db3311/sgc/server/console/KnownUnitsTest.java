package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.EventHandlingConfiguration;
import org.db3311.sgc.core.mediation.RoutingRule;
import org.db3311.sgc.core.mediation.RoutingTable;
import org.db3311.sgc.core.mediation.Venue;
import org.db3311.sgc.core.supervision.EscalationPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The units the forms offer stay those the core's defaults name, each named in both languages. */
@DisplayName("Known units: the core's default units, named in both languages")
class KnownUnitsTest {

  @Test
  @DisplayName("every unit of the default routing table, escalation and triage is offered")
  void the_defaults_units_are_all_offered() {
    Set<String> named = new TreeSet<>();
    RoutingTable table = RoutingTable.defaults(Map.of(), UnitId.of("county-mediation-committee"));
    named.add(table.fallbackCommittee().value());
    for (RoutingRule r : table.rules()) {
      if (r.target() instanceof RoutingRule.Target.Fixed f) {
        Venue v = f.venue();
        named.add(v.lead().value());
        if (v instanceof Venue.JointMediation j) {
          j.members().forEach(m -> named.add(m.value()));
        }
      }
    }
    named.add(EventHandlingConfiguration.DEFAULT_CENTER.value());
    named.add(EscalationPolicy.defaults().leadership().value());
    assertThat(KnownUnits.CONFIGURED).containsAll(named).doesNotHaveDuplicates();
    KnownUnits.CONFIGURED.forEach(UnitId::of);
  }

  @Test
  @DisplayName("each has a name in Chinese and in English; a unit without a name reads as its code")
  void each_is_named() {
    for (String u : KnownUnits.CONFIGURED) {
      assertThat(ConsoleTextsTest.ZH.getProperty("unit." + u)).as(u).isNotBlank();
      assertThat(ConsoleTextsTest.EN.getProperty("unit." + u)).as(u).isNotBlank();
    }
    assertThat(new KnownUnits.Unit("331102001", "紫金街道").label()).isEqualTo("紫金街道 (331102001)");
    assertThat(new KnownUnits.Unit("zijin-street", "zijin-street").label())
        .isEqualTo("zijin-street");
  }
}
