package org.db3311.sgc.core.assessment.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.core.assessment.profile.DivisionTable;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.ClauseId;

/**
 * The registry of center rules (中心建设核查规则): one rule per clause of chapters 4, 5, 7 (facts of the
 * center), 8.1 and appendices A–C, in the standard's order.
 */
public final class CenterRules {

  private static volatile CenterRules standard;

  private final List<CenterRule> rules;
  private final SortedSet<ClauseId> attestedClauses;

  private CenterRules(List<CenterRule> rules) {
    List<CenterRule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(CenterRule::clause));
    Set<ClauseId> seen = new HashSet<>();
    for (CenterRule r : sorted) {
      if (!seen.add(r.clause())) {
        throw new IllegalArgumentException("two rules for clause " + r.clause());
      }
    }
    this.rules = List.copyOf(sorted);
    SortedSet<ClauseId> attested = new TreeSet<>();
    for (CenterRule r : sorted) {
      if (r.readsAttestations()) {
        attested.add(r.clause());
      }
    }
    this.attestedClauses = Collections.unmodifiableSortedSet(attested);
  }

  /** The rules of the standard as this library implements them (built once, then shared). */
  public static CenterRules standard() {
    CenterRules r = standard;
    if (r == null) {
      synchronized (CenterRules.class) {
        r = standard;
        if (r == null) {
          r = new CenterRules(create());
          standard = r;
        }
      }
    }
    return r;
  }

  /** A registry of the given rules, e.g. the standard ones plus a deployment's own. */
  public static CenterRules of(List<? extends CenterRule> rules) {
    return new CenterRules(List.copyOf(rules));
  }

  /**
   * The standard's rules with a deployment's GB/T 2260 table (5.3.1 reads the county's official
   * name from it) instead of the shipped one.
   */
  public static CenterRules standard(DivisionTable divisions) {
    return new CenterRules(create(divisions));
  }

  private static List<CenterRule> create() {
    return create(DivisionTable.shipped());
  }

  private static List<CenterRule> create(DivisionTable divisions) {
    return List.of(
        new BothPlatformsRule(),
        new ManagementBodyRule(),
        new EntryModesRule(),
        new ResidentUnitsRule(),
        new SocialForcesRule(),
        new StaffConfigurationRule(),
        new ManagementStaffCompetenceRule(),
        new WindowStaffRule(),
        new UnitStaffQualificationRule(),
        new SiteSelectionRule(),
        new MinimumFloorAreaRule(),
        new FunctionBlocksRule(),
        new Tier1ZonesRule(),
        new Tier2ZonesRule(),
        new FacilitiesRule(),
        new ExteriorSignRule(divisions),
        new HallSignageRule(),
        new FireSafetySignsRule(),
        new SafetySignsRule(),
        new ZoneMapAndWindowScreensRule(),
        new ManagementRegulationsRule(),
        new ArchiveStaffRule(),
        new SecurityScreeningRule(),
        new AccessControlRule(),
        new FireSafetyManagementRule(),
        new EmergencyPreparednessRule(),
        new ConfidentialityRule(),
        new InformationRoomsRule(),
        new NetworkRule(),
        new DisplaySystemRule(),
        new VideoConferenceRule(),
        new FunctionalDevicesRule(),
        new AppendixATableRule(),
        new Tier1ResidentUnitsRule(),
        new Tier2ResidentUnitsRule(),
        new BrassPlateAspectRule(),
        new LogoAspectRule());
  }

  /** All rules, in clause order. */
  public List<CenterRule> all() {
    return rules;
  }

  /** The clauses with a rule, in order. */
  public List<ClauseId> clauses() {
    return rules.stream().map(CenterRule::clause).toList();
  }

  /**
   * The clauses whose rules read attestations (ruling R6), in order: the only clauses an
   * attestation can count for, derived from the rules rather than listed by hand.
   */
  public SortedSet<ClauseId> attestedClauses() {
    return attestedClauses;
  }

  /**
   * The clauses with a rule that need a current attestation in the mode (ruling R11), from the
   * catalog's verification column ({@code EvidenceRequirements}).
   */
  public SortedSet<ClauseId> attestedClauses(EvidenceMode mode) {
    return EvidenceRequirements.attestedClauses(ClauseCatalog.standard(), clauses(), mode);
  }

  public Optional<CenterRule> forClause(ClauseId clause) {
    for (CenterRule r : rules) {
      if (r.clause().equals(clause)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  public Optional<CenterRule> forClause(String clause) {
    return forClause(ClauseId.of(clause));
  }

  public int size() {
    return rules.size();
  }
}
