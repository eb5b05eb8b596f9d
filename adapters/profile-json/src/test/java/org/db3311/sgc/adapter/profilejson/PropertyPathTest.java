package org.db3311.sgc.adapter.profilejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Error paths name a property as JSONPath: $.name, or $['…'] for any other key")
class PropertyPathTest {

  /** The rule as first written; the reader now checks it without a regular expression. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  @Test
  void namesAndOtherKeys() {
    assertThat(ProfileReader.at("$", "tier")).isEqualTo("$.tier");
    assertThat(ProfileReader.at("$.hardware", "_x$9")).isEqualTo("$.hardware._x$9");
    assertThat(ProfileReader.at("$", "面积")).isEqualTo("$['面积']");
    assertThat(ProfileReader.at("$", "9lives")).isEqualTo("$['9lives']");
    assertThat(ProfileReader.at("$", "a-b")).isEqualTo("$['a-b']");
    assertThat(ProfileReader.at("$", "")).isEqualTo("$['']");
    assertThat(ProfileReader.at("$", "it's")).isEqualTo("$['it\\'s']");
  }

  @Test
  void agreesWithTheRegularExpressionOnRandomKeys() {
    String alphabet = "aZ_$09-. é面'\\[]\u0000";
    Random random = new Random(12);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder key = new StringBuilder();
      int length = random.nextInt(5);
      for (int j = 0; j < length; j++) {
        key.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String k = key.toString();
      assertThat(ProfileReader.at("$", k).equals("$." + k))
          .as("key '%s'", k)
          .isEqualTo(NAME.matcher(k).matches());
    }
  }
}
