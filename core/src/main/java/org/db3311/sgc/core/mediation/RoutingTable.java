package org.db3311.sgc.core.mediation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;

/**
 * The routing rules for mediation, held as data (6.2.1.1.2: by dispute type, place of occurrence
 * and jurisdiction): the first rule whose conditions all hold decides, and the decision explains
 * which rule chose the venue and why the rules before it did not apply.
 *
 * @param committees the mediation committee of each township or street
 * @param fallbackCommittee the committee used when the township has none listed
 */
@Implements({"6.2.1.1.1", "6.2.1.1.2"})
public record RoutingTable(
    List<RoutingRule> rules, Map<String, UnitId> committees, UnitId fallbackCommittee) {

  public RoutingTable {
    rules = List.copyOf(rules);
    committees = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(committees));
    java.util.Objects.requireNonNull(fallbackCommittee, "fallbackCommittee");
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a routing table has at least one rule");
    }
    if (rules.stream().map(RoutingRule::name).distinct().count() != rules.size()) {
      throw new IllegalArgumentException("routing rule names are unique");
    }
    if (!rules.getLast().matchesEverything()) {
      throw new IllegalArgumentException(
          "a routing table ends with a rule without conditions, so that every dispute is routed;"
              + " '"
              + rules.getLast().name()
              + "' has some");
    }
  }

  /**
   * A starting table for a county: labour disputes to the labour arbitration court, medical ones to
   * the medical dispute committee, land acquisition jointly led by natural resources with the
   * township, disputes under another county's jurisdiction jointly with the city's mediation
   * center, and everything else to the committee of the township.
   */
  public static RoutingTable defaults(Map<String, UnitId> committees, UnitId fallbackCommittee) {
    List<RoutingRule> r = new ArrayList<>();
    r.add(
        new RoutingRule(
            "other-county",
            Set.of(),
            Set.of(),
            Optional.of(RoutingRule.Jurisdiction.OTHER_COUNTY),
            new RoutingRule.Target.Fixed(
                new Venue.JointMediation(
                    UnitId.of("county-justice-bureau"),
                    List.of(UnitId.of("city-mediation-center"))))));
    r.add(
        new RoutingRule(
            "labour",
            Set.of("dispute.labour"),
            Set.of(),
            Optional.empty(),
            new RoutingRule.Target.Fixed(
                new Venue.ResponsibleDepartment(UnitId.of("county-labour-arbitration")))));
    r.add(
        new RoutingRule(
            "medical",
            Set.of("dispute.medical"),
            Set.of(),
            Optional.empty(),
            new RoutingRule.Target.Fixed(
                new Venue.MediationCommittee(UnitId.of("county-medical-mediation-committee")))));
    r.add(
        new RoutingRule(
            "land-acquisition",
            Set.of("dispute.land_acquisition", "dispute.forest_land"),
            Set.of(),
            Optional.empty(),
            new RoutingRule.Target.Fixed(
                new Venue.JointMediation(
                    UnitId.of("county-natural-resources"),
                    List.of(UnitId.of("county-justice-bureau"))))));
    r.add(
        new RoutingRule(
            "local",
            Set.of(),
            Set.of(),
            Optional.empty(),
            new RoutingRule.Target.CommitteeOfPlace()));
    return new RoutingTable(r, committees, fallbackCommittee);
  }

  /** Routes a dispute: some rule always applies, the last one at least. */
  public RoutingDecision route(RoutingFacts facts) {
    List<String> skipped = new ArrayList<>();
    for (RoutingRule rule : rules) {
      List<String> mismatches = rule.mismatches(facts);
      if (!mismatches.isEmpty()) {
        skipped.add(rule.name() + " (" + String.join("; ", mismatches) + ")");
        continue;
      }
      Venue venue =
          switch (rule.target()) {
            case RoutingRule.Target.Fixed f -> f.venue();
            case RoutingRule.Target.CommitteeOfPlace c ->
                new Venue.MediationCommittee(
                    facts.place().township().map(committees::get).orElse(fallbackCommittee));
          };
      String explanation =
          "rule '"
              + rule.name()
              + "' ("
              + rule.describe()
              + ") chose "
              + venue
              + (skipped.isEmpty() ? "" : "; not applicable: " + String.join(", ", skipped));
      return new RoutingDecision(venue, rule.name(), explanation);
    }
    throw new AssertionError("the last rule matches every dispute, yet " + skipped);
  }
}
