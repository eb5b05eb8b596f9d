package org.db3311.sgc.core.assessment.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Dimensions;
import org.db3311.sgc.core.assessment.profile.Sign;
import org.db3311.sgc.core.assessment.profile.SignKind;

/**
 * An informative aspect ratio of a sign (appendices B and C), checked with ±2 % tolerance and
 * reported as advisory, never as a failure (ruling R5).
 */
abstract class AspectRatio extends ClauseRule {

  /** Ruling R5's tolerance, as a fraction of the expected ratio. */
  static final BigDecimal TOLERANCE = new BigDecimal("0.02");

  private final SignKind kind;
  private final BigDecimal width;
  private final BigDecimal height;

  AspectRatio(SignKind kind, int width, int height) {
    this.kind = kind;
    this.width = BigDecimal.valueOf(width);
    this.height = BigDecimal.valueOf(height);
  }

  /** Whether the sign is within tolerance: |w·q − p·h| ≤ 2 % of p·h, exact in decimals. */
  boolean withinTolerance(Dimensions d) {
    BigDecimal expected = width.multiply(d.heightMm());
    BigDecimal deviation = d.widthMm().multiply(height).subtract(expected).abs();
    return deviation.compareTo(expected.multiply(TOLERANCE)) <= 0;
  }

  @Override
  public boolean appliesTo(CenterProfile center) {
    return !center.signs(kind).isEmpty();
  }

  @Override
  Finding notApplicable(CenterProfile center) {
    return finding(
        Verdict.NOT_APPLICABLE,
        List.of(Fact.of("signs", 0)),
        "未记录" + kind.zh(),
        "no " + kind.en() + " recorded");
  }

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    String ratio = width.toPlainString() + ":" + height.toPlainString();
    List<String> off = new ArrayList<>();
    int unmeasured = 0;
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.of("expectedAspectRatio", ratio + " ±2%"));
    for (Sign s : center.signs(kind)) {
      if (s.dimensions().isEmpty()) {
        unmeasured++;
        continue;
      }
      Dimensions d = s.dimensions().get();
      String size = d.widthMm().toPlainString() + "×" + d.heightMm().toPlainString() + " mm";
      facts.add(Fact.of(s.text(), size + " (" + d.aspectRatio().toPlainString() + ")"));
      if (!withinTolerance(d)) {
        off.add("“" + s.text() + "” " + size);
      }
    }
    Gaps gaps = new Gaps();
    if (!off.isEmpty()) {
      gaps.add(
          kind.zh() + "宽高比例偏离" + ratio + "超过2%：" + String.join("、", off),
          kind.en()
              + " aspect ratio deviates from "
              + ratio
              + " by more than 2%: "
              + String.join(", ", off));
    }
    if (unmeasured > 0) {
      gaps.add(
          unmeasured + "块" + kind.zh() + "未记录尺寸",
          unmeasured + " " + kind.en() + "(s) without recorded dimensions");
    }
    if (gaps.isEmpty()) {
      return finding(
          Verdict.CONFORMS,
          facts,
          kind.zh() + "宽高比例在" + ratio + "±2%以内",
          kind.en() + " aspect ratio within " + ratio + " ±2%");
    }
    return finding(
        Verdict.ADVISORY, facts, gaps.zh() + "（资料性，仅供参考）", gaps.en() + " (informative only)");
  }
}
