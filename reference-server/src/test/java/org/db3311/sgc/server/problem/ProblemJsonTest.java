package org.db3311.sgc.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Problem documents written outside Jersey are the ones JSON-B writes inside it")
class ProblemJsonTest {

  private static String jsonb(Problem problem) throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(problem);
    }
  }

  @Test
  void a_validation_problem_with_errors_and_text_to_escape() throws Exception {
    Problem p =
        new Problem(
            URI.create("urn:db3311:problem:invalid-center-profile"),
            "Invalid center profile",
            400,
            "The profile has 2 error(s); \"quoted\", a tab\there, 中文 and a line\nbreak.",
            List.of(
                new Problem.FieldError("$.county.code", "must be six digits"),
                new Problem.FieldError("$.tier", "一类 or 二类")));
    assertThat(new String(ProblemJson.bytes(p), StandardCharsets.UTF_8)).isEqualTo(jsonb(p));
  }

  @Test
  void a_problem_without_detail_or_errors() throws Exception {
    Problem p =
        new Problem(
            URI.create("urn:db3311:problem:http-406"), "Not Acceptable", 406, null, List.of());
    assertThat(new String(ProblemJson.bytes(p), StandardCharsets.UTF_8)).isEqualTo(jsonb(p));
  }
}
