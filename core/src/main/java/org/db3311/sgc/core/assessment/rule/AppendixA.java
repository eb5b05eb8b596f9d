package org.db3311.sgc.core.assessment.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.EnteredUnit;
import org.db3311.sgc.core.assessment.profile.EntryForm;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.assessment.profile.UnitKind;

/**
 * The resident units of Appendix A (地区常驻单位（中心）表), shared by the rows A.1.1 and A.1.2 and by 4.1.3.2
 * which refers to them. Only resident units count (ruling R4).
 */
final class AppendixA {

  static final List<UnitKind> TIER_1_UNITS =
      List.of(
          UnitKind.COUNTY_COMPREHENSIVE_GOVERNANCE_CENTER,
          UnitKind.PEOPLES_VISITS_RECEPTION_CENTER,
          UnitKind.LITIGATION_SERVICE_CENTER,
          UnitKind.PUBLIC_LEGAL_SERVICE_CENTER,
          UnitKind.ADMINISTRATIVE_DISPUTE_MEDIATION_CENTER,
          UnitKind.PROCURATORATE_SERVICE_CENTER_12309,
          UnitKind.SOCIAL_GOVERNANCE_COMMAND_CENTER,
          UnitKind.GOVERNMENT_SERVICE_CENTER_12345,
          UnitKind.LABOUR_DISPUTE_ARBITRATION_COURT);

  static final List<UnitKind> TIER_2_UNITS =
      List.of(
          UnitKind.COUNTY_COMPREHENSIVE_GOVERNANCE_CENTER,
          UnitKind.PEOPLES_VISITS_RECEPTION_CENTER,
          UnitKind.PUBLIC_LEGAL_SERVICE_CENTER);

  /** Ruling R3: a tier 2 center needs at least one of these two. */
  static final List<UnitKind> TIER_2_EITHER =
      List.of(UnitKind.LITIGATION_SERVICE_CENTER, UnitKind.LABOUR_DISPUTE_ARBITRATION_COURT);

  private AppendixA() {}

  /** The row of Appendix A for a tier. */
  static String row(Tier tier) {
    return tier == Tier.TIER_1 ? "A.1.1" : "A.1.2";
  }

  /** Facts used in checking a center's resident units. */
  static List<Fact> facts(CenterProfile center) {
    List<String> resident = new ArrayList<>();
    List<String> notResident = new ArrayList<>();
    for (EnteredUnit u : center.units()) {
      if (u.isResident()) {
        resident.add(u.name() + " (" + u.kind() + ")");
      } else {
        notResident.add(u.name() + " (" + u.kind() + ", " + u.mode() + ")");
      }
    }
    return List.of(
        Fact.of("tier", center.tier()),
        Fact.of("residentUnits", resident),
        Fact.of("nonResidentUnits", notResident),
        Fact.of("designatedUnits", center.designatedUnits()));
  }

  /** Records what the center lacks against the row of its declared tier (ruling R1). */
  static void check(CenterProfile center, Gaps gaps) {
    Set<UnitKind> resident = EnumSet.noneOf(UnitKind.class);
    Set<UnitKind> presentOtherwise = EnumSet.noneOf(UnitKind.class);
    for (EnteredUnit u : center.units()) {
      (u.isResident() ? resident : presentOtherwise).add(u.kind());
    }
    List<UnitKind> required = center.tier() == Tier.TIER_1 ? TIER_1_UNITS : TIER_2_UNITS;
    List<UnitKind> missing = Gaps.missingFrom(required, resident);
    gaps.missing("常驻单位", "resident unit", missing);
    if (center.tier() == Tier.TIER_2 && Gaps.missingFrom(TIER_2_EITHER, resident).size() == 2) {
      gaps.add(
          "缺少常驻单位：诉讼服务中心或劳动人事争议仲裁院（至少其一）",
          "missing resident unit: litigation service center or labour and personnel dispute"
              + " arbitration court (at least one)");
      missing = new ArrayList<>(missing);
      missing.addAll(TIER_2_EITHER);
    }
    List<UnitKind> onlyVisiting = new ArrayList<>();
    for (UnitKind k : missing) {
      if (presentOtherwise.contains(k)) {
        onlyVisiting.add(k);
      }
    }
    if (!onlyVisiting.isEmpty()) {
      gaps.add(
          "以下单位仅轮驻、阶段性入驻或随叫随驻，不计为常驻：" + Gaps.zh(onlyVisiting),
          "present only by rotation, phase or on call, so not counted as resident: "
              + Gaps.en(onlyVisiting));
    }
    checkDesignated(center, gaps);
  }

  private static void checkDesignated(CenterProfile center, Gaps gaps) {
    Set<EntryForm> allowed =
        center.tier() == Tier.TIER_1
            ? EnumSet.of(EntryForm.WHOLE_UNIT)
            : EnumSet.of(EntryForm.WHOLE_UNIT, EntryForm.TEAM);
    List<String> absent = new ArrayList<>();
    for (String name : center.designatedUnits()) {
      boolean entered = false;
      for (EnteredUnit u : center.units()) {
        if (u.isResident()
            && u.name().strip().equals(name.strip())
            && u.form().filter(allowed::contains).isPresent()) {
          entered = true;
          break;
        }
      }
      if (!entered) {
        absent.add(name);
      }
    }
    if (!absent.isEmpty()) {
      String form = center.tier() == Tier.TIER_1 ? "成建制" : "成建制或团队式";
      String formEn = center.tier() == Tier.TIER_1 ? "as a whole unit" : "as a whole unit or team";
      gaps.add(
          "当地党委政府确定的单位未" + form + "常驻：" + String.join("、", absent),
          "units designated by the local Party committee and government are not resident "
              + formEn
              + ": "
              + String.join(", ", absent));
    }
  }
}
