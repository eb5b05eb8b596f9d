package org.db3311.sgc.core.risk.report;

import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;

/** What a report must hold before a person may sign it off. */
@Implements({"6.4.1.2", "6.4.1.3"})
final class SignOffRules {

  /** The heading under which the weekly report names its special reports. */
  static final String MAJOR_RISKS = "重大风险专报";

  private SignOffRules() {}

  static List<String> problems(Report r) {
    List<String> problems = new ArrayList<>();
    switch (r.kind()) {
      case MONTHLY -> {
        if (r.measures().isEmpty()) {
          problems.add("a monthly report sets mitigation measures (6.4.1.3); it has none");
        }
      }
      case WEEKLY -> {
        if (r.section("类型").isEmpty() || r.section("成因").isEmpty()) {
          problems.add("a weekly report summarises types and causes (6.4.1.2)");
        }
      }
      case SPECIAL -> {
        if (r.references().size() != 1) {
          problems.add("a special report covers exactly one major risk (一事一专报)");
        }
      }
      case DAILY_COLLECTION -> {}
    }
    return problems;
  }
}
