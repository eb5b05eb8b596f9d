package org.db3311.sgc.adapter.profilejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.db3311.sgc.core.assessment.Assessor;
import org.db3311.sgc.core.assessment.profile.CenterProfile;

/** Properties of the codec over generated profiles and generated (often broken) documents. */
class CodecProperties {

  private static final List<String> EXAMPLES =
      List.of(
          "tier1-conformant.json",
          "tier2-conformant.json",
          "tier1-nonconformant-area-units-display.json",
          "tier2-nonconformant-units-zones.json",
          "tier2-evidence-missing.json",
          "tier1-observations.json");

  private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

  private final JsonCenterProfileCodec codec = new JsonCenterProfileCodec();

  @Property(tries = 300)
  @Label(
      "parsing what the printer writes gives back the same profile, and printing again the same text")
  void print_then_parse_round_trips(@ForAll("profiles") CenterProfile profile) {
    String printed = codec.print(profile);
    CenterProfile parsed = codec.parseOrThrow(printed);
    assertThat(parsed).isEqualTo(profile);
    assertThat(codec.print(parsed)).isEqualTo(printed);
  }

  @Property(tries = 200)
  @Label("a profile written with the Chinese terms reads back to the same profile")
  void chinese_spelling_round_trips(@ForAll("profiles") CenterProfile profile) {
    assertThat(codec.parseOrThrow(codec.printChinese(profile))).isEqualTo(profile);
  }

  @Property(tries = 200)
  @Label("what the printer writes is valid against the schema")
  void printed_profiles_satisfy_the_schema(@ForAll("profiles") CenterProfile profile) {
    assertThat(Schema.validate(codec.print(profile))).isEmpty();
    assertThat(Schema.validate(codec.printChinese(profile))).isEmpty();
  }

  @Property(tries = 1000)
  @Label("any text gives a parsed profile or a list of explained errors, never an exception")
  void any_text_is_explained(@ForAll("junk") String text) {
    ProfileParseResult result = codec.parse(text);
    if (result instanceof ProfileParseResult.Rejected r) {
      assertThat(r.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.reason()).isNotBlank());
    }
  }

  @Property(tries = 500)
  @Label("a mutated example never throws, and when the parser accepts it the schema does too")
  void mutated_documents(@ForAll("mutants") String json) {
    ProfileParseResult result = codec.parse(json);
    boolean parserAccepts = result instanceof ProfileParseResult.Parsed;
    boolean schemaAccepts = Schema.accepts(json);
    Statistics.collect(
        parserAccepts ? "parser accepts" : "parser rejects",
        schemaAccepts ? "schema accepts" : "schema rejects");
    if (parserAccepts) {
      assertThat(schemaAccepts).as("schema accepts what the parser accepts").isTrue();
    }
    if (!schemaAccepts) {
      assertThat(parserAccepts).isFalse();
    }
    if (result instanceof ProfileParseResult.Rejected r) {
      assertThat(r.errors()).allSatisfy(e -> assertThat(e.path()).startsWith("$"));
    }
  }

  @Property(tries = 300)
  @Label(
      "any number literal in a quantity: the parser judges it at once, rejects it at its path when"
          + " out of bounds, and an accepted profile assesses in well under a second")
  void any_number_in_a_quantity(
      @ForAll("quantityPointers") String pointer, @ForAll("numberLiterals") String literal) {
    JsonObject doc = tree("tier1-conformant.json");
    String json =
        Json.createPointer(pointer)
            .replace(doc, Json.createValue("@number@"))
            .toString()
            .replace("\"@number@\"", literal);
    ProfileParseResult result =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> codec.parse(json));
    Statistics.collect(result.getClass().getSimpleName());
    if (result instanceof ProfileParseResult.Parsed parsed) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(5), () -> Assessor.standard().assess(parsed.profile(), DAY));
      assertThat(Schema.accepts(json)).as("schema accepts " + literal).isTrue();
    } else {
      assertThat(((ProfileParseResult.Rejected) result).errors())
          .singleElement()
          .satisfies(e -> assertThat(e.path()).isIn(path(pointer), "$"));
    }
  }

  @Provide
  Arbitrary<String> quantityPointers() {
    return Arbitraries.of(
        "/totalFloorAreaSquareMetres",
        "/signs/1/widthMm",
        "/signs/1/heightMm",
        "/hardware/displays/0/sizeInches",
        "/hardware/bandwidthMbps");
  }

  /** JSON number literals: plain, with fractions, with exponents small, huge and beyond int. */
  @Provide
  Arbitrary<String> numberLiterals() {
    Arbitrary<String> integer =
        Arbitraries.oneOf(
            Arbitraries.just("0"),
            Combinators.combine(
                    Arbitraries.integers().between(1, 9),
                    Arbitraries.strings().numeric().ofMaxLength(20))
                .as((first, rest) -> first + rest));
    Arbitrary<String> fraction =
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12).map(f -> "." + f);
    Arbitrary<String> exponent =
        Combinators.combine(
                Arbitraries.of("e", "E", "e+", "e-", "E-"),
                Arbitraries.oneOf(
                    Arbitraries.integers().between(0, 12).map(String::valueOf),
                    Arbitraries.integers().between(0, Integer.MAX_VALUE).map(String::valueOf),
                    Arbitraries.of("400000000", "99999999999")))
            .as((e, n) -> e + n);
    return Arbitraries.oneOf(
        Combinators.combine(
                Arbitraries.of("", "-"),
                integer,
                fraction.optional().map(f -> f.orElse("")),
                exponent.optional().map(e -> e.orElse("")))
            .as((sign, i, f, e) -> sign + i + f + e),
        Arbitraries.of(
            "1e-400000000",
            "1e400000000",
            "0.000001",
            "1e-6",
            "1e-7",
            "1000000",
            "1e6",
            "1000000.000001",
            "999999.999999",
            "-0",
            "0.0000010"));
  }

  private static String path(String pointer) {
    StringBuilder p = new StringBuilder("$");
    for (String step : pointer.substring(1).split("/")) {
      p.append(step.chars().allMatch(Character::isDigit) ? "[" + step + "]" : "." + step);
    }
    return p.toString();
  }

  @Provide
  Arbitrary<CenterProfile> profiles() {
    return ProfileArbitraries.profiles();
  }

  @Provide
  Arbitrary<String> junk() {
    Arbitrary<String> fragments =
        Arbitraries.of(
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "\"tier\"",
            "\"TIER_1\"",
            "\"county\"",
            "null",
            "true",
            "1e99999999999",
            "-0",
            "1.5",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "{\"county\":{}}",
            " ",
            "\n");
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(60),
        fragments.list().ofMaxSize(20).map(l -> String.join("", l)),
        Arbitraries.of(EXAMPLES)
            .map(JsonCenterProfileCodec::example)
            .flatMap(CodecProperties::truncated));
  }

  private static Arbitrary<String> truncated(String json) {
    return Arbitraries.integers().between(0, json.length()).map(n -> json.substring(0, n));
  }

  @Provide
  Arbitrary<String> mutants() {
    return Arbitraries.of(EXAMPLES)
        .map(CodecProperties::tree)
        .flatMap(
            doc -> {
              List<String> pointers = new ArrayList<>();
              pointers(doc, "", pointers);
              return Combinators.combine(
                      Arbitraries.of(pointers), values(), Arbitraries.integers().between(0, 3))
                  .as((pointer, value, op) -> mutate(doc, pointer, value, op));
            });
  }

  private static String mutate(JsonObject doc, String pointer, JsonValue value, int op) {
    JsonPointer p = Json.createPointer(pointer);
    JsonStructure result =
        switch (op) {
          case 0 -> p.remove(doc);
          case 1, 2 -> p.replace(doc, value);
          default ->
              pointer.lastIndexOf('/') >= 0
                      && p.getValue(doc).getValueType() == JsonValue.ValueType.OBJECT
                  ? Json.createPointer(pointer + "/extra").add(doc, value)
                  : p.replace(doc, value);
        };
    return result.toString();
  }

  private static Arbitrary<JsonValue> values() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            JsonValue.NULL,
            JsonValue.TRUE,
            JsonValue.FALSE,
            JsonValue.EMPTY_JSON_ARRAY,
            JsonValue.EMPTY_JSON_OBJECT,
            Json.createValue(0),
            Json.createValue(-1),
            Json.createValue(1920),
            Json.createValue(69.9),
            Json.createValue(1920.5),
            Json.createValue(""),
            Json.createValue("   "),
            Json.createValue("TIER_2"),
            Json.createValue("二类"),
            Json.createValue("常驻"),
            Json.createValue("2025-02-30"),
            Json.createValue("2025-06-30"),
            Json.createValue("1920x1080"),
            Json.createValue("720p"),
            Json.createValue("331100"),
            Json.createValue("5.3.2"),
            Json.createValue("sha256:abc"),
            Json.createArrayBuilder().add("TIER_1").build(),
            Json.createObjectBuilder().add("width", 1920).add("height", 1080).build()),
        Arbitraries.strings().ofMaxLength(8).map(Json::createValue));
  }

  private static JsonObject tree(String name) {
    try (JsonReader r = Json.createReader(new StringReader(JsonCenterProfileCodec.example(name)))) {
      return r.readObject();
    }
  }

  private static void pointers(JsonValue v, String at, List<String> out) {
    if (!at.isEmpty()) {
      out.add(at);
    }
    switch (v.getValueType()) {
      case OBJECT ->
          v.asJsonObject()
              .forEach(
                  (k, child) ->
                      pointers(child, at + "/" + k.replace("~", "~0").replace("/", "~1"), out));
      case ARRAY -> {
        for (int i = 0; i < v.asJsonArray().size(); i++) {
          pointers(v.asJsonArray().get(i), at + "/" + i, out);
        }
      }
      default -> {}
    }
  }
}
