package org.db3311.sgc.adapter.profilejson;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Every quantity the parser accepts, both schema validators accept: the published bound must not
 * depend on floating-point arithmetic (a {@code multipleOf: 0.000001} rejects 69.9 in validators
 * that divide in binary floating point).
 */
@Implements("5.1.1.2")
class SchemaNumbersProperties {

  static final String BASE = JsonCenterProfileCodec.example("tier1-conformant.json");

  static String withFloorArea(String number) {
    String out =
        BASE.replace(
            "\"totalFloorAreaSquareMetres\": 3260.5", "\"totalFloorAreaSquareMetres\": " + number);
    assertThat(out).isNotEqualTo(BASE);
    return out;
  }

  @Provide
  Arbitrary<BigDecimal> quantities() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.000001"), new BigDecimal("1000000"))
        .ofScale(6)
        .flatMap(
            d ->
                Arbitraries.integers()
                    .between(0, 6)
                    .map(scale -> d.setScale(scale, RoundingMode.DOWN)))
        .filter(d -> d.signum() > 0);
  }

  /** Every multipleOf of the published schema. */
  static List<BigDecimal> multipleOfs() {
    List<BigDecimal> out = new ArrayList<>();
    collect(Json.createReader(new StringReader(JsonCenterProfileCodec.schema())).read(), out);
    return out;
  }

  private static void collect(JsonValue v, List<BigDecimal> out) {
    if (v instanceof JsonObject o) {
      o.forEach(
          (k, x) -> {
            if (k.equals("multipleOf") && x instanceof JsonNumber n) {
              out.add(n.bigDecimalValue());
            } else {
              collect(x, out);
            }
          });
    } else if (v instanceof JsonArray a) {
      a.forEach(x -> collect(x, out));
    }
  }

  /**
   * How validators that divide in binary floating point read {@code multipleOf} (Python's
   * jsonschema, ajv without multipleOfPrecision): the quotient of the two doubles must be whole.
   */
  static boolean floatingPointMultipleOf(BigDecimal value, BigDecimal divisor) {
    double q = value.doubleValue() / divisor.doubleValue();
    return q == Math.rint(q);
  }

  @Example
  void a_floating_point_validator_accepts_what_the_parser_accepts() {
    for (String n : new String[] {"69.9", "0.3", "2999.99", "1234.567891"}) {
      for (BigDecimal m : multipleOfs()) {
        assertThat(floatingPointMultipleOf(new BigDecimal(n), m))
            .as(n + " multipleOf " + m)
            .isTrue();
      }
    }
  }

  @Example
  void values_like_69_9_are_accepted_by_the_parser_and_both_validators() {
    for (String n :
        new String[] {"69.9", "0.1", "0.3", "2999.99", "3260.55", "0.000001", "999999.999999"}) {
      String json = withFloorArea(n);
      assertThat(new JsonCenterProfileCodec().parse(json))
          .as(n)
          .isInstanceOf(ProfileParseResult.Parsed.class);
      assertThat(Schema.validate(json)).as("networknt, " + n).isEmpty();
      assertThat(SecondValidator.validate(json)).as("json-sKema, " + n).isNull();
    }
  }

  @Property(tries = 300)
  void whatever_quantity_the_parser_accepts_both_validators_accept(
      @ForAll("quantities") BigDecimal value) {
    String json = withFloorArea(value.toPlainString());
    if (new JsonCenterProfileCodec().parse(json) instanceof ProfileParseResult.Parsed) {
      assertThat(Schema.validate(json)).as("networknt, " + value).isEmpty();
      assertThat(SecondValidator.validate(json)).as("json-sKema, " + value).isNull();
      for (BigDecimal m : multipleOfs()) {
        assertThat(floatingPointMultipleOf(value, m)).as(value + " multipleOf " + m).isTrue();
      }
    }
  }
}
