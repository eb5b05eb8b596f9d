package org.db3311.sgc.core.mediation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the routing table: conditions on dispute type, place of occurrence and jurisdiction,
 * and the venue they lead to. An empty condition matches anything.
 *
 * @param categoryPrefixes category codes (or prefixes) the rule applies to
 * @param townships townships or streets of occurrence the rule applies to
 * @param jurisdiction whether the rule applies to disputes under this county's jurisdiction or
 *     another's
 * @param target the venue, or {@link Target.CommitteeOfPlace} for the committee of the township
 */
public record RoutingRule(
    String name,
    Set<String> categoryPrefixes,
    Set<String> townships,
    Optional<Jurisdiction> jurisdiction,
    Target target) {

  public RoutingRule {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a routing rule has a name, used to explain choices");
    }
    categoryPrefixes = Set.copyOf(categoryPrefixes);
    townships = Set.copyOf(townships);
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(target, "target");
  }

  /** Whose jurisdiction the dispute falls under. */
  public enum Jurisdiction {
    /** This county's. */
    LOCAL,
    /** Another county's: mediated in coordination with it. */
    OTHER_COUNTY
  }

  /** Where a rule sends a dispute. */
  public sealed interface Target {
    /** A fixed venue. */
    record Fixed(Venue venue) implements Target {
      public Fixed {
        Objects.requireNonNull(venue, "venue");
      }
    }

    /** The mediation committee of the township where the dispute arose. */
    record CommitteeOfPlace() implements Target {}
  }

  /** True for a rule without conditions, which applies to every dispute. */
  public boolean matchesEverything() {
    return categoryPrefixes.isEmpty() && townships.isEmpty() && jurisdiction.isEmpty();
  }

  /** Why the rule matches the facts, or empty with the reasons it does not. */
  List<String> mismatches(RoutingFacts facts) {
    List<String> why = new ArrayList<>();
    if (!categoryPrefixes.isEmpty()
        && categoryPrefixes.stream().noneMatch(p -> facts.categoryCode().startsWith(p))) {
      why.add("type " + facts.categoryCode() + " not in " + categoryPrefixes);
    }
    if (!townships.isEmpty() && facts.place().township().filter(townships::contains).isEmpty()) {
      why.add("place " + facts.place().township().orElse("(no township)") + " not in " + townships);
    }
    if (jurisdiction.isPresent() && jurisdiction.get() != facts.jurisdiction()) {
      why.add("jurisdiction " + facts.jurisdiction() + " is not " + jurisdiction.get());
    }
    return why;
  }

  String describe() {
    List<String> parts = new ArrayList<>();
    if (!categoryPrefixes.isEmpty()) {
      parts.add("type in " + categoryPrefixes);
    }
    if (!townships.isEmpty()) {
      parts.add("place in " + townships);
    }
    jurisdiction.ifPresent(j -> parts.add("jurisdiction " + j));
    return parts.isEmpty() ? "any dispute" : String.join(", ", parts);
  }
}
