package org.db3311.sgc.core.assessment.rule;

import static org.db3311.sgc.core.assessment.profile.ZoneFunction.ARBITRATION;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.BUSINESS_HANDLING;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.COMPREHENSIVE_INTAKE;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.COORDINATED_COMMAND;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.EMERGENCY_DUTY;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.EPIDEMIC_CONTROL_COMMAND;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.LEADER_RECEPTION;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.LITIGATION;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.MEDIATION;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.PETITIONS;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.PUBLIC_LEGAL_SERVICES;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.SECURITY_CHECK;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.WAITING;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.assessment.profile.ZoneFunction;
import org.db3311.sgc.core.assessment.profile.ZoneKind;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 5.1.2.2.2 — a tier 2 center's reception, dispute-resolution and command zones with the functions
 * the clause lists, exactly as written (R2: the command zone needs "emergency duty", which tier 1
 * does not).
 */
@Implements({"5.1.2.2.2", "R1", "R2"})
final class Tier2ZonesRule extends ClauseRule {

  static final Map<ZoneKind, List<ZoneFunction>> REQUIRED = new EnumMap<>(ZoneKind.class);

  static {
    REQUIRED.put(
        ZoneKind.RECEPTION,
        List.of(SECURITY_CHECK, WAITING, COMPREHENSIVE_INTAKE, BUSINESS_HANDLING));
    REQUIRED.put(
        ZoneKind.DISPUTE_RESOLUTION,
        List.of(
            PETITIONS,
            LEADER_RECEPTION,
            MEDIATION,
            LITIGATION,
            ARBITRATION,
            PUBLIC_LEGAL_SERVICES));
    REQUIRED.put(
        ZoneKind.INTEGRATED_COMMAND,
        List.of(EMERGENCY_DUTY, COORDINATED_COMMAND, EPIDEMIC_CONTROL_COMMAND));
  }

  @Override
  public boolean appliesTo(CenterProfile center) {
    return center.tier() == Tier.TIER_2;
  }

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Gaps gaps = new Gaps();
    Zones.check(Tier.TIER_2, center, REQUIRED, gaps);
    return verdict(
        Zones.facts(center, REQUIRED),
        gaps,
        "二类地区三个功能区及其功能齐全",
        "the three tier 2 zones host every listed function");
  }
}
