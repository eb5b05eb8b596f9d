package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Sign;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.assessment.profile.SignLocation;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 5.3.1 — on the facade, a name plate (or brass plate) reading {@code <county>社会治理中心} and the
 * "最多跑一地" logo. Whether they are prominent and follow appendices B and C is attested (R6).
 */
@Implements({"5.3.1", "R6"})
final class ExteriorSignRule extends AttestedClauseRule {

  static final String SUFFIX = "社会治理中心";

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    String expected = center.county().name().strip() + SUFFIX;
    boolean namePlate = false;
    boolean logo = false;
    List<String> otherTexts = new ArrayList<>();
    for (Sign s : center.signs()) {
      if (s.location() != SignLocation.FACADE) {
        continue;
      }
      if (s.kind() == SignKind.NAME_PLATE || s.kind() == SignKind.BRASS_PLATE) {
        if (withoutSpaces(s.text()).equals(withoutSpaces(expected))) {
          namePlate = true;
        } else {
          otherTexts.add(s.text());
        }
      } else if (s.kind() == SignKind.ONE_PLACE_LOGO) {
        logo = true;
      }
    }
    Gaps gaps = new Gaps();
    if (!namePlate) {
      String seen = otherTexts.isEmpty() ? "" : "（外立面标牌为“" + String.join("”“", otherTexts) + "”）";
      String seenEn =
          otherTexts.isEmpty()
              ? ""
              : " (the facade plate reads “" + String.join("”, “", otherTexts) + "”)";
      gaps.add(
          "外立面缺少“" + expected + "”字样的标牌" + seen,
          "no plate reading “" + expected + "” on the facade" + seenEn);
    }
    if (!logo) {
      gaps.add("外立面缺少“最多跑一地”标志图形", "no “at most one place” logo on the facade");
    }
    return attestedVerdict(
        center,
        assessedOn,
        List.of(
            Fact.of("expectedPlateText", expected),
            Fact.of("facadePlate", namePlate),
            Fact.of("facadeLogo", logo)),
        gaps,
        "外立面醒目位置悬挂“" + expected + "”标牌及“最多跑一地”标志图形",
        "the “"
            + expected
            + "” plate and the “at most one place” logo hang prominently on the"
            + " facade");
  }

  private static String withoutSpaces(String s) {
    return s.replaceAll("\\s+", "");
  }
}
