package org.db3311.sgc.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.County;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.NormativeLevel;

/**
 * The result of assessing one center on one day (核查报告): one finding per clause with a rule, in the
 * standard's order, counts per normative level and verdict, and the overall verdict.
 *
 * <p>Findings for clauses that do not apply (e.g. tier 2 clauses in a tier 1 county) are kept with
 * verdict {@code NOT_APPLICABLE}, so that the report shows why a clause was not checked.
 */
public final class AssessmentReport {

  private final County county;
  private final Tier tier;
  private final LocalDate assessedOn;
  private final EvidenceMode mode;
  private final List<Finding> findings;
  private final Map<NormativeLevel, Map<Verdict, Integer>> counts;
  private final OverallVerdict overall;

  /** A self-assessment's report. */
  public AssessmentReport(County county, Tier tier, LocalDate assessedOn, List<Finding> findings) {
    this(county, tier, assessedOn, EvidenceMode.SELF_ASSESSMENT, findings);
  }

  public AssessmentReport(
      County county, Tier tier, LocalDate assessedOn, EvidenceMode mode, List<Finding> findings) {
    this.county = Objects.requireNonNull(county, "county");
    this.tier = Objects.requireNonNull(tier, "tier");
    this.assessedOn = Objects.requireNonNull(assessedOn, "assessedOn");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.findings = List.copyOf(findings);
    Set<ClauseId> seen = new HashSet<>();
    Map<NormativeLevel, Map<Verdict, Integer>> c = new EnumMap<>(NormativeLevel.class);
    boolean mandatoryGap = false;
    boolean anyGap = false;
    for (Finding f : this.findings) {
      if (!seen.add(f.clause())) {
        throw new IllegalArgumentException("two findings for clause " + f.clause());
      }
      c.computeIfAbsent(f.level(), l -> new EnumMap<>(Verdict.class))
          .merge(f.verdict(), 1, Integer::sum);
      mandatoryGap |= f.isMandatoryGap();
      anyGap |= f.verdict().isGap();
    }
    Map<NormativeLevel, Map<Verdict, Integer>> frozen = new EnumMap<>(NormativeLevel.class);
    c.forEach((level, byVerdict) -> frozen.put(level, Collections.unmodifiableMap(byVerdict)));
    this.counts = Collections.unmodifiableMap(frozen);
    this.overall =
        mandatoryGap
            ? OverallVerdict.NON_CONFORMANT
            : anyGap ? OverallVerdict.CONFORMANT_WITH_OBSERVATIONS : OverallVerdict.CONFORMANT;
  }

  public County county() {
    return county;
  }

  public Tier tier() {
    return tier;
  }

  public LocalDate assessedOn() {
    return assessedOn;
  }

  /**
   * The evidence mode (ruling R11): what the attested and organisational clauses were judged by.
   */
  @Implements("R11")
  public EvidenceMode mode() {
    return mode;
  }

  /** Every finding, one per clause with a rule, in the standard's order. */
  public List<Finding> findings() {
    return findings;
  }

  /** Findings of clauses that apply to this center. */
  public List<Finding> applicableFindings() {
    return findings.stream().filter(f -> f.verdict() != Verdict.NOT_APPLICABLE).toList();
  }

  /** Findings that are gaps: non-conformities, missing evidence and advisories. */
  public List<Finding> gaps() {
    List<Finding> result = new ArrayList<>();
    for (Finding f : findings) {
      if (f.verdict().isGap()) {
        result.add(f);
      }
    }
    return result;
  }

  public Optional<Finding> finding(ClauseId clause) {
    for (Finding f : findings) {
      if (f.clause().equals(clause)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  public Optional<Finding> finding(String clause) {
    return finding(ClauseId.of(clause));
  }

  /** Number of findings per normative level and verdict; absent pairs count zero. */
  public Map<NormativeLevel, Map<Verdict, Integer>> counts() {
    return counts;
  }

  public int count(NormativeLevel level, Verdict verdict) {
    Map<Verdict, Integer> byVerdict = counts.get(level);
    return byVerdict == null ? 0 : byVerdict.getOrDefault(verdict, 0);
  }

  public int count(Verdict verdict) {
    int n = 0;
    for (Map<Verdict, Integer> byVerdict : counts.values()) {
      n += byVerdict.getOrDefault(verdict, 0);
    }
    return n;
  }

  public OverallVerdict overall() {
    return overall;
  }

  @Override
  public String toString() {
    return "AssessmentReport["
        + county.name()
        + " "
        + tier
        + " on "
        + assessedOn
        + " ("
        + mode.en()
        + "): "
        + overall
        + ", "
        + counts
        + "]";
  }
}
