package org.db3311.sgc.core.warning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.facts.MatterId;

/**
 * The early-warning model (智能预测预警模型), explainable by design: a list of named rules with their
 * parameters, whose signals about the same subject are merged into one assessment at the highest
 * level any of them asks for, keeping every reason.
 */
@Implements({"6.5.1", "6.5.2"})
public final class WarningModel {

  private final List<WarningRule> rules;

  public WarningModel(List<WarningRule> rules) {
    this.rules = List.copyOf(rules);
    if (this.rules.isEmpty()) {
      throw new IllegalArgumentException("a model has at least one rule");
    }
  }

  /** Repeat petitions, group disputes, escalation, sensitive categories and surges. */
  public static WarningModel defaults() {
    return new WarningModel(
        List.of(
            RepeatPetitionRule.defaults(),
            GroupDisputeRule.defaults(),
            EscalationRule.defaults(),
            SensitiveCategoryRule.defaults(),
            SurgeRule.defaults()));
  }

  public List<WarningRule> rules() {
    return rules;
  }

  /** Assessments, highest level first. */
  public List<RiskAssessment> assess(AnalysisWindow window) {
    Map<WarningSubject, List<Signal>> bySubject = new LinkedHashMap<>();
    for (WarningRule rule : rules) {
      for (Signal s : rule.evaluate(window)) {
        bySubject.computeIfAbsent(s.subject(), k -> new ArrayList<>()).add(s);
      }
    }
    List<RiskAssessment> out = new ArrayList<>();
    bySubject.forEach(
        (subject, signals) -> {
          WarningLevel level = WarningLevel.BLUE;
          TreeSet<MatterId> matters = new TreeSet<>();
          List<Reason> reasons = new ArrayList<>();
          for (Signal s : signals) {
            level = WarningLevel.higher(level, s.level());
            matters.addAll(s.matters());
            reasons.add(s.reason());
          }
          out.add(new RiskAssessment(subject, level, reasons, matters));
        });
    out.sort(
        Comparator.comparing((RiskAssessment a) -> a.level().grade())
            .thenComparing(a -> a.subject().toString()));
    return out;
  }
}
