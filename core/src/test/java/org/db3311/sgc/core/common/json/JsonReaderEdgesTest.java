package org.db3311.sgc.core.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The strict reader the core uses for its shipped data (ruling R9: the working calendar is held as
 * data, replaceable by the deployment; a deployment's file must be read exactly or refused with a
 * line and column). The strictness itself is RFC 8259 and a product choice, not a clause of the
 * standard.
 */
@DisplayName("R9 data files: the strict JSON reader")
class JsonReaderEdgesTest {

  @Test
  void no_text_is_refused_by_name() {
    assertThatThrownBy(() -> JsonReader.parse(null))
        .isInstanceOf(JsonException.class)
        .hasMessage("no JSON text");
  }

  @Test
  void a_byte_order_mark_at_the_start_is_skipped_and_counts_as_a_column() {
    assertThat(JsonReader.parseObject("\uFEFF{\"a\":1}")).containsEntry("a", BigDecimal.ONE);
    assertThatThrownBy(() -> JsonReader.parse("\uFEFF"))
        .hasMessage("unexpected end of input, expected a value at line 1, column 2");
    // a BOM anywhere but the first character is not whitespace
    assertThatThrownBy(() -> JsonReader.parse(" \uFEFF{}"))
        .hasMessage("unexpected character '\uFEFF' at line 1, column 2");
  }

  @Test
  void the_four_json_whitespace_characters_are_allowed_between_tokens_and_others_are_not() {
    Object v = JsonReader.parse(" \t\r\n[ 1 ,\t2\r\n,\n3 ]\r\n\t ");
    assertThat(v).isEqualTo(List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3")));
    assertThat(JsonReader.parseObject("{ \"a\" \t:\n 1 \r, \"b\" : [ ] , \"c\":{ } }"))
        .containsOnlyKeys("a", "b", "c");
    assertThatThrownBy(() -> JsonReader.parse("\f[]"))
        .hasMessage("unexpected character '\f' at line 1, column 1");
    assertThatThrownBy(() -> JsonReader.parse("[]\u00A0"))
        .hasMessage("unexpected content after the JSON value at line 1, column 3");
  }

  @Test
  void a_top_level_value_that_is_not_an_object_is_refused_by_parse_object() {
    assertThatThrownBy(() -> JsonReader.parseObject("[]"))
        .isInstanceOf(JsonException.class)
        .hasMessage("expected a JSON object at the top level");
    assertThatThrownBy(() -> JsonReader.parseObject("null"))
        .hasMessage("expected a JSON object at the top level");
  }

  @Test
  void objects_and_arrays_read_are_unmodifiable_even_when_empty() {
    Map<String, Object> o = JsonReader.parseObject("{\"a\":[1],\"e\":{},\"l\":[]}");
    assertThatThrownBy(() -> o.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> asList(o.get("a")).add(2))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> asMap(o.get("e")).put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> asList(o.get("l")).add(1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(asMap(o.get("e"))).isEmpty();
    assertThat(asList(o.get("l"))).isEmpty();
  }

  @Test
  void nested_values_keep_their_structure_and_order() {
    Object v = JsonReader.parse("{\"z\":{\"b\":[[],[true,false,null]],\"a\":\"s\"},\"y\":-0}");
    Map<String, Object> root = asMap(v);
    assertThat(root.keySet()).containsExactly("z", "y");
    Map<String, Object> z = asMap(root.get("z"));
    assertThat(z.keySet()).containsExactly("b", "a");
    assertThat(asList(z.get("b"))).containsExactly(List.of(), Arrays.asList(true, false, null));
    assertThat(z.get("a")).isEqualTo("s");
    assertThat(root.get("y")).isEqualTo(new BigDecimal("-0"));
  }

  @Test
  void every_escape_of_rfc_8259_is_decoded() {
    assertThat(JsonReader.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00C9\\u4E2d\""))
        .isEqualTo("\"\\/\b\f\n\r\t\u00e9\u00c9\u4e2d");
    // a control character may be written escaped, and a space needs no escape
    assertThat(JsonReader.parse("\"\\u001f \"")).isEqualTo("\u001f ");
  }

  @Test
  void an_escaped_key_is_the_same_key_as_its_plain_spelling() {
    assertThat(JsonReader.parseObject("{\"a\\u0062\":1}")).containsOnlyKeys("ab");
    assertThatThrownBy(() -> JsonReader.parse("{\"ab\":1,\"a\\u0062\":2}"))
        .hasMessage("duplicate key \"ab\" at line 1, column 9");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"abc| unterminated string at line 1, column 5",
        "\"a\\| unterminated escape at line 1, column 4",
        "\"\\q\"| bad escape \\q at line 1, column 3",
        "\"\\u12\"| short \\u escape at line 1, column 4",
        "\"\\u12G4\"| bad \\u escape \\u12G4 at line 1, column 4",
        "\"\\u0041| unterminated string at line 1, column 8",
        "{1:2}| expected a string key at line 1, column 2",
        "{| expected a string key at line 1, column 2",
        "{\"a\" 1}| expected ':' at line 1, column 6",
        "{\"a\":1 \"b\":2}| expected ',' or '}' at line 1, column 8",
        "{\"a\":1| expected ',' or '}' at line 1, column 7",
        "{\"a\":1,}| expected a string key at line 1, column 8",
        "[1 2]| expected ',' or ']' at line 1, column 4",
        "[1| expected ',' or ']' at line 1, column 3",
        "[| unexpected end of input, expected a value at line 1, column 2",
        "[1,]| unexpected character ']' at line 1, column 4",
        "nul| unexpected token, expected null at line 1, column 1",
        "[true,fals]| unexpected token, expected false at line 1, column 7",
        "+1| unexpected character '+' at line 1, column 1",
        ".5| unexpected character '.' at line 1, column 1",
        "/| unexpected character '/' at line 1, column 1",
        ":| unexpected character ':' at line 1, column 1",
        "-a| expected a digit at line 1, column 2",
        "-01| leading zero in a number at line 1, column 3",
        "00| leading zero in a number at line 1, column 2",
        "1.e5| expected a digit after the decimal point at line 1, column 3",
        "1.| expected a digit after the decimal point at line 1, column 3",
        "1e| expected a digit in the exponent at line 1, column 3",
        "1E+| expected a digit in the exponent at line 1, column 4",
        "1e-x| expected a digit in the exponent at line 1, column 4",
        "1/| unexpected content after the JSON value at line 1, column 2",
        "9:| unexpected content after the JSON value at line 1, column 2",
        "truex| unexpected content after the JSON value at line 1, column 5",
      })
  void each_error_names_what_was_wrong_and_where(String text, String message) {
    assertThatThrownBy(() -> JsonReader.parse(text))
        .isInstanceOf(JsonException.class)
        .hasMessage(message);
  }

  @Test
  void an_unescaped_control_character_is_named_at_its_own_column() {
    assertThatThrownBy(() -> JsonReader.parse("\"ab\u001f\""))
        .hasMessage("unescaped control character in a string at line 1, column 4");
    assertThatThrownBy(() -> JsonReader.parse("\"a\nb\""))
        .hasMessage("unescaped control character in a string at line 1, column 3");
  }

  @Test
  void lines_count_from_one_and_columns_restart_after_each_line_feed() {
    assertThatThrownBy(() -> JsonReader.parse("[\n1,\n]"))
        .hasMessage("unexpected character ']' at line 3, column 1");
    assertThatThrownBy(() -> JsonReader.parse("{\n\"a\":\n  tru }"))
        .hasMessage("unexpected token, expected true at line 3, column 3");
  }

  @ParameterizedTest
  @CsvSource({"0,0", "-0,-0", "9,9", "19,19", "0.5,0.5", "-12.340,-12.340", "1e5,1E+5"})
  void numbers_keep_their_exact_decimal_value(String text, String expected) {
    assertThat(JsonReader.parse(text)).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void exponents_take_either_letter_and_an_optional_sign() {
    assertThat(JsonReader.parse("[1E+2,1e-2,-2.5E3,7e0]"))
        .isEqualTo(
            List.of(
                new BigDecimal("1E+2"),
                new BigDecimal("1e-2"),
                new BigDecimal("-2.5E3"),
                new BigDecimal("7e0")));
  }

  @Property
  void any_int_written_as_json_reads_back_as_itself(@ForAll int n) {
    assertThat(JsonReader.parse("[" + n + "]")).isEqualTo(List.of(BigDecimal.valueOf(n)));
  }

  @Property
  void any_character_of_the_basic_plane_survives_a_u_escape(
      @ForAll @IntRange(min = 0, max = 0xFFFF) int code) {
    String escaped = String.format("\"\\u%04x\"", code);
    assertThat(JsonReader.parse(escaped)).isEqualTo(String.valueOf((char) code));
    assertThat(JsonReader.parse(escaped.toUpperCase(java.util.Locale.ROOT).replace("\\U", "\\u")))
        .isEqualTo(String.valueOf((char) code));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object o) {
    return (List<Object>) o;
  }
}
