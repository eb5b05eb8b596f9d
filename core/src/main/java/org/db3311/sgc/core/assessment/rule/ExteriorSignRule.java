package org.db3311.sgc.core.assessment.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.DivisionTable;
import org.db3311.sgc.core.assessment.profile.Sign;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.assessment.profile.SignLocation;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 5.3.1 — on the facade, a plate bearing the wording {@code ××县（市、区）社会治理中心} and the "最多跑一地" logo.
 * The county's part of the wording is the GB/T 2260 name of the county's code (from a {@link
 * DivisionTable}, not the name the profile declares); a plate bears the wording also when the
 * city's or the province's name precedes it (浙江省丽水市青田县社会治理中心). Whether the plate and logo are
 * prominent and follow appendices B and C is attested (R6).
 */
@Implements({"5.3.1", "R6"})
final class ExteriorSignRule extends AttestedClauseRule {

  /** Compiled once: {@code String.replaceAll} compiles its expression on every call. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  static final String SUFFIX = "社会治理中心";

  private final DivisionTable divisions;

  ExteriorSignRule() {
    this(DivisionTable.shipped());
  }

  ExteriorSignRule(DivisionTable divisions) {
    this.divisions = Objects.requireNonNull(divisions, "divisions");
  }

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Optional<String> official = divisions.name(center.county().code());
    Optional<String> disagreement = divisions.disagreement(center.county());
    String expected = official.orElse(center.county().code().value()) + SUFFIX;
    Set<String> accepted = acceptedWordings(center, official);
    boolean namePlate = false;
    boolean logo = false;
    List<String> otherTexts = new ArrayList<>();
    for (Sign s : center.signs()) {
      if (s.location() != SignLocation.FACADE) {
        continue;
      }
      if (s.kind() == SignKind.NAME_PLATE || s.kind() == SignKind.BRASS_PLATE) {
        if (accepted.contains(withoutSpaces(s.text()))) {
          namePlate = true;
        } else {
          otherTexts.add(s.text());
        }
      } else if (s.kind() == SignKind.ONE_PLACE_LOGO) {
        logo = true;
      }
    }
    Gaps gaps = new Gaps();
    if (disagreement.isPresent()) {
      gaps.add(
          "县（市、区）代码与名称不符合GB/T 2260：" + disagreement.get(),
          "the county's code and name do not agree with GB/T 2260: " + disagreement.get());
    }
    if (official.isEmpty()) {
      // without the official name the wording cannot be known; a plate is not judged on a guess
    } else if (!namePlate) {
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
            Fact.of("gbt2260Name", official.orElse("not in the division table")),
            Fact.of("facadePlate", namePlate),
            Fact.of("facadeLogo", logo)),
        gaps,
        "外立面醒目位置悬挂“" + expected + "”标牌及“最多跑一地”标志图形",
        "the “"
            + expected
            + "” plate and the “at most one place” logo hang prominently on the"
            + " facade");
  }

  /**
   * The wording alone, or after the city's name, the province's name or both (spaces ignored); none
   * when the county's code is not in the table.
   */
  private Set<String> acceptedWordings(CenterProfile center, Optional<String> official) {
    Set<String> out = new LinkedHashSet<>();
    if (official.isEmpty()) {
      return out;
    }
    String wording = withoutSpaces(official.get() + SUFFIX);
    String city =
        divisions
            .name(center.county().code().city())
            .map(ExteriorSignRule::withoutSpaces)
            .orElse(null);
    String province =
        divisions
            .name(center.county().code().province())
            .map(ExteriorSignRule::withoutSpaces)
            .orElse(null);
    out.add(wording);
    if (city != null) {
      out.add(city + wording);
    }
    if (province != null) {
      out.add(province + wording);
      if (city != null) {
        out.add(province + city + wording);
      }
    }
    return out;
  }

  private static String withoutSpaces(String s) {
    return WHITESPACE.matcher(s).replaceAll("");
  }
}
