package org.db3311.sgc.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.db3311.sgc.core.assessment.rule.CenterRule;
import org.db3311.sgc.core.assessment.rule.CenterRules;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("docs/assessment.md lists every rule with its clause, level and class")
class AssessmentDocsTest {

  @Test
  @DisplayName("the rules table has one row per registered rule, as the registry says")
  void rules_table_matches_the_registry() throws IOException {
    Path doc = Path.of("..", "docs", "assessment.md");
    List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
    List<String> rows =
        lines.stream().filter(l -> l.matches("\\| [0-9A-C][0-9A-C.]* \\| .*")).toList();
    assertThat(rows).hasSize(CenterRules.standard().size());
    for (CenterRule rule : CenterRules.standard().all()) {
      String clause = rule.clause().value();
      String level = ClauseCatalog.standard().get(clause).level().name();
      String prefix =
          "| " + clause + " | " + level + " | `" + rule.getClass().getSimpleName() + "` |";
      assertThat(rows).as(clause).anyMatch(r -> r.startsWith(prefix));
    }
  }
}
