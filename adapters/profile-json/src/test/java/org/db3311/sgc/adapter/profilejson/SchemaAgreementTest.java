package org.db3311.sgc.adapter.profilejson;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.db3311.sgc.core.assessment.profile.Quantity;
import org.db3311.sgc.core.assessment.rule.CenterRules;
import org.db3311.sgc.core.catalog.ClauseId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The JSON Schema and the parser agree")
class SchemaAgreementTest {

  private final JsonCenterProfileCodec codec = new JsonCenterProfileCodec();

  static JsonObject example(String name) {
    try (JsonReader r = Json.createReader(new StringReader(JsonCenterProfileCodec.example(name)))) {
      return r.readObject();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "tier1-conformant.json",
        "tier2-conformant.json",
        "tier1-nonconformant-area-units-display.json",
        "tier2-nonconformant-units-zones.json",
        "tier2-evidence-missing.json",
        "tier1-observations.json"
      })
  @DisplayName("every example is valid against the schema and accepted by the parser")
  void examples_are_valid(String name) {
    String json = JsonCenterProfileCodec.example(name);
    assertThat(Schema.validate(json)).isEmpty();
    assertThat(codec.parse(json)).isInstanceOf(ProfileParseResult.Parsed.class);
  }

  @Test
  @DisplayName("what the printer writes is valid against the schema")
  void printed_profiles_are_valid() {
    String printed =
        codec.print(codec.parseOrThrow(JsonCenterProfileCodec.example("tier1-conformant.json")));
    assertThat(Schema.validate(printed)).isEmpty();
  }

  @Test
  @DisplayName(
      "the schema lists exactly the spellings the parser accepts for every enumerated type")
  void enum_spellings_agree() {
    JsonObject defs;
    try (JsonReader r = Json.createReader(new StringReader(JsonCenterProfileCodec.schema()))) {
      defs = r.readObject().getJsonObject("$defs");
    }
    for (Class<? extends Enum<?>> type : Vocabulary.TYPES) {
      JsonObject def = defs.getJsonObject(type.getSimpleName());
      assertThat(def).as(type.getSimpleName()).isNotNull();
      JsonArray values = def.getJsonArray("enum");
      List<String> inSchema =
          values.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
      assertThat(inSchema)
          .as(type.getSimpleName())
          .containsExactlyElementsOf(Vocabulary.accepted(type));
    }
  }

  @Test
  @DisplayName("the schema lists exactly the clauses the parser takes attestations for")
  void attested_clauses_agree() {
    JsonObject clause;
    try (JsonReader r = Json.createReader(new StringReader(JsonCenterProfileCodec.schema()))) {
      clause =
          r.readObject()
              .getJsonObject("$defs")
              .getJsonObject("Attestation")
              .getJsonObject("properties")
              .getJsonObject("clause");
    }
    assertThat(clause.getJsonArray("enum").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactlyElementsOf(
            CenterRules.standard().attestedClauses().stream().map(ClauseId::value).toList());
  }

  static Stream<Arguments> defects() {
    return Stream.of(
        defect("no county", p -> p.remove("/county"), "$.county"),
        defect("tier 三类", p -> p.replace("/tier", "三类"), "$.tier"),
        defect(
            "area 0",
            p -> p.replace("/totalFloorAreaSquareMetres", Json.createValue(0)),
            "$.totalFloorAreaSquareMetres"),
        defect(
            "area above the maximum",
            p -> p.replace("/totalFloorAreaSquareMetres", number("1000000.000001")),
            "$.totalFloorAreaSquareMetres"),
        defect(
            "area 1e-400000000",
            p -> p.replace("/totalFloorAreaSquareMetres", number("1e-400000000")),
            "$.totalFloorAreaSquareMetres"),
        // 1e400000000 would do for the parser, but the independent validator reads numbers as
        // doubles and fails on infinity; ParserErrorsTest has it
        defect(
            "sign width 1e300",
            p -> p.replace("/signs/0/widthMm", number("1e300")),
            "$.signs[0].widthMm"),
        defect(
            "display size above the maximum",
            p -> p.replace("/hardware/displays/0/sizeInches", number("10001")),
            "$.hardware.displays[0].sizeInches"),
        defect(
            "bandwidth above the maximum",
            p -> p.replace("/hardware/bandwidthMbps", number("1000001")),
            "$.hardware.bandwidthMbps"),
        defect(
            "area as text",
            p -> p.replace("/totalFloorAreaSquareMetres", "3000"),
            "$.totalFloorAreaSquareMetres"),
        defect("unknown property", p -> p.add("/colour", "red"), "$.colour"),
        defect("entry mode 常住", p -> p.replace("/units/0/entryMode", "常住"), "$.units[0].entryMode"),
        defect("width without height", p -> p.remove("/signs/0/heightMm"), "$.signs[0].heightMm"),
        defect(
            "resolution with spaces",
            p -> p.replace("/hardware/displays/0/physicalResolution", "1920 x 1080"),
            "$.hardware.displays[0].physicalResolution"),
        defect(
            "resolution without height",
            p ->
                p.replace(
                    "/hardware/displays/0/physicalResolution",
                    Json.createObjectBuilder().add("width", 1920).build()),
            "$.hardware.displays[0].physicalResolution.height"),
        defect(
            "zero pixels",
            p ->
                p.replace(
                    "/hardware/displays/0/physicalResolution",
                    Json.createObjectBuilder().add("width", 0).add("height", 1080).build()),
            "$.hardware.displays[0].physicalResolution.width"),
        defect(
            "display size as text",
            p -> p.replace("/hardware/displays/1/sizeInches", "70寸"),
            "$.hardware.displays[1].sizeInches"),
        defect(
            "transmission without p",
            p -> p.replace("/hardware/videoConference/transmission", "1080"),
            "$.hardware.videoConference.transmission"),
        defect(
            "short sha256",
            p -> p.replace("/attestations/0/evidence", "sha256:abc"),
            "$.attestations[0].evidence"),
        defect(
            "date with slashes",
            p -> p.replace("/attestations/0/attestedOn", "2025/05/20"),
            "$.attestations[0].attestedOn"),
        defect(
            "date in the year 0000",
            p -> p.replace("/attestations/0/attestedOn", "0000-05-20"),
            "$.attestations[0].attestedOn"),
        defect("city code", p -> p.replace("/county/code", "331100"), "$.county.code"),
        defect(
            "blank designated unit",
            p -> p.add("/designatedUnits/0", "   "),
            "$.designatedUnits[0]"),
        defect(
            "boolean as text",
            p -> p.replace("/management/visitorScreening", "yes"),
            "$.management.visitorScreening"),
        defect(
            "null function",
            p -> p.add("/zones/0/functions/0", JsonValue.NULL),
            "$.zones[0].functions[0]"),
        defect(
            "certificates not an array",
            p -> p.replace("/staff/3/holders/0/certificates", "none"),
            "$.staff[3].holders[0].certificates"),
        defect(
            "screen kind LED",
            p -> p.replace("/windows/0/screen/kind", "LED"),
            "$.windows[0].screen.kind"),
        defect(
            "attestation without evidence",
            p -> p.remove("/attestations/1/evidence"),
            "$.attestations[1].evidence"),
        defect(
            "attestation of ruling R6",
            p -> p.replace("/attestations/2/clause", "R6"),
            "$.attestations[2].clause"),
        defect(
            "attestation of heading 4",
            p -> p.replace("/attestations/2/clause", "4"),
            "$.attestations[2].clause"),
        defect(
            "attestation of 6.1.1.1, a clause without a center rule",
            p -> p.replace("/attestations/2/clause", "6.1.1.1"),
            "$.attestations[2].clause"),
        defect(
            "clause id malformed",
            p -> p.replace("/attestations/2/clause", "5.3.2a"),
            "$.attestations[2].clause"));
  }

  private static JsonValue number(String literal) {
    return Json.createValue(new BigDecimal(literal));
  }

  @Test
  @DisplayName(
      "the schema bounds every quantity as the core does: maximum, above 0, 6 decimal places")
  void quantity_bounds_agree() {
    JsonObject schema;
    try (JsonReader r = Json.createReader(new StringReader(JsonCenterProfileCodec.schema()))) {
      schema = r.readObject();
    }
    Map<String, Quantity> uses =
        Map.of(
            "/properties/totalFloorAreaSquareMetres", Quantity.FLOOR_AREA,
            "/$defs/Sign/properties/widthMm", Quantity.SIGN_SIDE,
            "/$defs/Sign/properties/heightMm", Quantity.SIGN_SIDE,
            "/$defs/Display/properties/sizeInches", Quantity.DISPLAY_DIAGONAL,
            "/$defs/Hardware/properties/bandwidthMbps", Quantity.BANDWIDTH);
    uses.forEach(
        (pointer, quantity) -> {
          JsonObject use = Json.createPointer(pointer).getValue(schema).asJsonObject();
          assertThat(use.getString("$ref")).as(pointer).isEqualTo("#/$defs/Quantity");
          assertThat(use.getJsonNumber("maximum").bigDecimalValue())
              .as(pointer)
              .isEqualByComparingTo(quantity.maximum());
        });
    JsonObject def = schema.getJsonObject("$defs").getJsonObject("Quantity");
    assertThat(def.getJsonNumber("exclusiveMinimum").intValue()).isZero();
    assertThat(def.containsKey("multipleOf"))
        .as("multipleOf is evaluated in floating point by common validators: 69.9 would fail")
        .isFalse();
    assertThat(def.getString("description")).contains("at most 6 decimal places");
    List<String> numbers = new ArrayList<>();
    collectNumberProperties(schema, "", numbers);
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(uses.keySet());
  }

  /** Every property schema of type number or referring to Quantity, so none is left unbounded. */
  private static void collectNumberProperties(JsonValue v, String at, List<String> out) {
    if (v.getValueType() == JsonValue.ValueType.OBJECT) {
      JsonObject o = v.asJsonObject();
      if (at.contains("/properties/")
          && ("#/$defs/Quantity".equals(o.getString("$ref", ""))
              || "number".equals(o.getString("type", "")))) {
        out.add(at);
      }
      o.forEach((k, child) -> collectNumberProperties(child, at + "/" + k, out));
    } else if (v.getValueType() == JsonValue.ValueType.ARRAY) {
      for (int i = 0; i < v.asJsonArray().size(); i++) {
        collectNumberProperties(v.asJsonArray().get(i), at + "/" + i, out);
      }
    }
  }

  private static Arguments defect(String name, UnaryOperator<JsonPatchBuilder> patch, String path) {
    return Arguments.of(name, patch, path);
  }

  @org.junit.jupiter.api.Test
  @DisplayName(
      "more than 6 decimal places is the parser's check only: the schema states it in words, since"
          + " validators evaluate multipleOf in floating point")
  void decimal_places_are_the_parsers_check() {
    JsonObject doc =
        Json.createPatchBuilder()
            .replace("/totalFloorAreaSquareMetres", number("3000.0000001"))
            .build()
            .apply(example("tier2-conformant.json"));
    String json = doc.toString();
    assertThat(Schema.validate(json)).isEmpty();
    assertThat(SecondValidator.accepts(json)).isTrue();
    assertThat(((ProfileParseResult.Rejected) codec.parse(json)).errors())
        .extracting(ProfileError::path)
        .containsExactly("$.totalFloorAreaSquareMetres");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  @DisplayName("a document with one defect is rejected by both, the parser naming its path")
  void defects_are_rejected_by_both(
      String name, UnaryOperator<JsonPatchBuilder> patch, String path) {
    JsonObject doc =
        patch.apply(Json.createPatchBuilder()).build().apply(example("tier2-conformant.json"));
    String json = doc.toString();
    assertThat(Schema.validate(json)).as("schema").isNotEmpty();
    ProfileParseResult result = codec.parse(json);
    assertThat(result).isInstanceOf(ProfileParseResult.Rejected.class);
    assertThat(((ProfileParseResult.Rejected) result).errors())
        .extracting(ProfileError::path)
        .containsExactly(path);
  }

  @Test
  @DisplayName("a document that is not an object is rejected by both")
  void not_an_object() {
    for (String json : List.of("[]", "42", "\"profile\"", "null")) {
      assertThat(Schema.accepts(json)).as(json).isFalse();
      assertThat(codec.parse(json)).as(json).isInstanceOf(ProfileParseResult.Rejected.class);
    }
  }
}
