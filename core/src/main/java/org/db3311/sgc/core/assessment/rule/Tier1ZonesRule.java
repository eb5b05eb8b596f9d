package org.db3311.sgc.core.assessment.rule;

import static org.db3311.sgc.core.assessment.profile.ZoneFunction.ADMINISTRATIVE_RECONSIDERATION;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.ARBITRATION;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.BUSINESS_HANDLING;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.COMPREHENSIVE_INTAKE;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.COORDINATED_COMMAND;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.EMERGENCY_CONTROL_IDENTIFICATION;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.EMOTIONAL_COUNSELLING;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.EPIDEMIC_CONTROL;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.EVENT_HANDLING;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.GOVERNMENT_HOTLINE;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.GRASSROOTS_GUIDANCE;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.LEADER_RECEPTION;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.LITIGATION;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.MEDIATION;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.PETITIONS;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.PUBLIC_LEGAL_SERVICES;
import static org.db3311.sgc.core.assessment.profile.ZoneFunction.RISK_ANALYSIS;
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
 * 5.1.2.2.1 — a tier 1 center's reception, dispute-resolution and command zones with the functions
 * the clause lists, exactly as written (R2: "emergency duty" is a tier 2 function, and tier 1 is
 * not a superset of tier 2).
 */
@Implements({"5.1.2.2.1", "R1", "R2"})
final class Tier1ZonesRule extends ClauseRule {

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
            ADMINISTRATIVE_RECONSIDERATION,
            EMOTIONAL_COUNSELLING,
            PUBLIC_LEGAL_SERVICES));
    REQUIRED.put(
        ZoneKind.INTEGRATED_COMMAND,
        List.of(
            EVENT_HANDLING,
            RISK_ANALYSIS,
            EMERGENCY_CONTROL_IDENTIFICATION,
            EPIDEMIC_CONTROL,
            GRASSROOTS_GUIDANCE,
            COORDINATED_COMMAND,
            GOVERNMENT_HOTLINE));
  }

  @Override
  public boolean appliesTo(CenterProfile center) {
    return center.tier() == Tier.TIER_1;
  }

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Gaps gaps = new Gaps();
    Zones.check(Tier.TIER_1, center, REQUIRED, gaps);
    return verdict(
        Zones.facts(center, REQUIRED),
        gaps,
        "一类地区三个功能区及其功能齐全",
        "the three tier 1 zones host every listed function");
  }
}
