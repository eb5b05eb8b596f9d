package org.db3311.sgc.core.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

  @Test
  @SuppressWarnings("unchecked")
  void reads_objects_arrays_strings_numbers_and_literals() {
    Map<String, Object> o =
        JsonReader.parseObject(
            "{\"a\": [1, -2.5e1, \"x\\u4e2d\\n\"], \"b\": true, \"c\": null, \"d\": {}}");
    assertThat(o.keySet()).containsExactly("a", "b", "c", "d");
    assertThat((List<Object>) o.get("a"))
        .containsExactly(new BigDecimal("1"), new BigDecimal("-2.5e1"), "x中\n");
    assertThat(o.get("b")).isEqualTo(Boolean.TRUE);
    assertThat(o).containsEntry("c", null);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":1,}",
        "[1,]",
        "{\"a\":1,\"a\":2}",
        "01",
        "{} x",
        "// c\n{}",
        "{'a':1}",
        "\"tab\there\"",
        "[1 2]",
        "tru",
        "1.",
        "-",
        "\"\\q\"",
        ""
      })
  void rejects_what_lenient_parsers_allow(String text) {
    assertThatThrownBy(() -> JsonReader.parse(text))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void errors_name_line_and_column() {
    assertThatThrownBy(() -> JsonReader.parse("{\n  \"a\": 1,\n  \"a\": 2\n}"))
        .hasMessage("duplicate key \"a\" at line 3, column 3");
  }
}
