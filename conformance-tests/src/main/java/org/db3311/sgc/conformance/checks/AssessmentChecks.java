package org.db3311.sgc.conformance.checks;

import static org.db3311.sgc.conformance.checks.AssessmentVariantCheck.replace;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.checks.AssessmentVariantCheck.Variant;
import org.db3311.sgc.core.catalog.Implements;

/** The kit's checks of the center assessment (chapters 4, 5, 8.1 and Appendix A). */
public final class AssessmentChecks {

  private static final String TIER1 = "tier1-conformant";
  private static final String TIER2 = "tier2-conformant";

  private AssessmentChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(
        floorArea(),
        bandwidth(),
        display(),
        videoConference(),
        tier1Units(),
        tier2Alternatives(),
        platforms(),
        entryModes(),
        windowStaffCertificates(),
        functionBlocks(),
        tier1Zones(),
        tier2Zones(),
        facilities(),
        informationRooms(),
        functionalDevices(),
        appendixTable(),
        brassPlateAspect(),
        new EvidenceModeCheck());
  }

  @Implements("5.1.1.2")
  static ConformanceCheck floorArea() {
    return new AssessmentVariantCheck(
        "assessment-floor-area",
        "5.1.1.2 floor area at the tier boundaries",
        List.of("5.1.1.2", "R1"),
        List.of(
            replace(
                TIER1,
                "area 2999.99 m²",
                "/totalFloorAreaSquareMetres",
                num("2999.99"),
                "5.1.1.2",
                "NONCONFORMS"),
            replace(
                TIER1,
                "area 3000 m²",
                "/totalFloorAreaSquareMetres",
                num("3000"),
                "5.1.1.2",
                "CONFORMS"),
            replace(
                TIER2,
                "area 1999.99 m²",
                "/totalFloorAreaSquareMetres",
                num("1999.99"),
                "5.1.1.2",
                "NONCONFORMS"),
            replace(
                TIER2,
                "area 2000 m²",
                "/totalFloorAreaSquareMetres",
                num("2000"),
                "5.1.1.2",
                "CONFORMS")));
  }

  @Implements("4.1.1")
  static ConformanceCheck platforms() {
    return new AssessmentVariantCheck(
        "assessment-platforms",
        "4.1.1 both platforms",
        List.of("4.1.1"),
        List.of(
            replace(
                TIER1,
                "only the dispute-resolution platform",
                "/platforms",
                strings("矛盾纠纷调处化解平台"),
                "4.1.1",
                "NONCONFORMS"),
            new Variant(TIER1, "the example unchanged", p -> p, "4.1.1", "CONFORMS")));
  }

  @Implements("4.1.3.1")
  static ConformanceCheck entryModes() {
    return new AssessmentVariantCheck(
        "assessment-entry-modes",
        "4.1.3.1 units stationed by an entry mode",
        List.of("4.1.3.1"),
        List.of(
            new Variant(
                TIER1, "no unit stationed", p -> withUnits(p, List.of()), "4.1.3.1", "NONCONFORMS"),
            new Variant(TIER1, "the example unchanged", p -> p, "4.1.3.1", "CONFORMS")));
  }

  @Implements("4.2.3")
  static ConformanceCheck windowStaffCertificates() {
    return new AssessmentVariantCheck(
        "assessment-window-certificates",
        "4.2.3 a required certificate valid on the assessment day",
        List.of("4.2.3"),
        List.of(
            new Variant(
                TIER1,
                "the counsellor's certificate expired the day before",
                p -> certificatesValidUntil(p, "2025-06-29"),
                "4.2.3",
                "NONCONFORMS"),
            new Variant(
                TIER1,
                "the counsellor's certificate valid through the assessment day",
                p -> certificatesValidUntil(p, AssessmentVariantCheck.ASSESSED_ON),
                "4.2.3",
                "CONFORMS")));
  }

  @Implements("5.1.2.1")
  static ConformanceCheck functionBlocks() {
    return new AssessmentVariantCheck(
        "assessment-function-blocks",
        "5.1.2.1 reception, dispute-resolution and command zones",
        List.of("5.1.2.1"),
        List.of(
            new Variant(
                TIER1,
                "no command zone",
                p -> withoutZone(p, "社会治理综合指挥区"),
                "5.1.2.1",
                "NONCONFORMS"),
            new Variant(TIER1, "the example unchanged", p -> p, "5.1.2.1", "CONFORMS")));
  }

  @Implements({"5.1.2.2.1", "R2"})
  static ConformanceCheck tier1Zones() {
    return new AssessmentVariantCheck(
        "assessment-tier1-zones",
        "5.1.2.2.1 tier-1 zone functions, exactly as written (R2)",
        List.of("5.1.2.2.1", "R2"),
        List.of(
            new Variant(
                TIER1,
                "情绪疏导 left out",
                p -> renameFunction(p, "情绪疏导", null),
                "5.1.2.2.1",
                "NONCONFORMS"),
            new Variant(TIER1, "the example unchanged", p -> p, "5.1.2.2.1", "CONFORMS")));
  }

  @Implements({"5.1.2.2.2", "R2"})
  static ConformanceCheck tier2Zones() {
    return new AssessmentVariantCheck(
        "assessment-tier2-zones",
        "5.1.2.2.2 tier-2 zone functions including 应急值班",
        List.of("5.1.2.2.2", "R2"),
        List.of(
            new Variant(
                TIER2,
                "应急值班 (EMERGENCY_DUTY) left out",
                p -> renameFunction(p, "EMERGENCY_DUTY", null),
                "5.1.2.2.2",
                "NONCONFORMS"),
            new Variant(
                TIER2,
                "应急值班 replaced by tier 1's 应急管控识别, which tier 2 does not name (R2)",
                p -> renameFunction(p, "EMERGENCY_DUTY", "EMERGENCY_CONTROL_IDENTIFICATION"),
                "5.1.2.2.2",
                "NONCONFORMS"),
            new Variant(TIER2, "the example unchanged", p -> p, "5.1.2.2.2", "CONFORMS")));
  }

  @Implements("5.2")
  static ConformanceCheck facilities() {
    return without(
        "assessment-facilities", "5.2 the named facilities", "5.2", "/facilities", "叫号系统");
  }

  @Implements("8.1.1")
  static ConformanceCheck informationRooms() {
    return without(
        "assessment-information-rooms",
        "8.1.1 network and communications rooms",
        "8.1.1",
        "/hardware/rooms",
        "通信机房");
  }

  @Implements("8.1.5")
  static ConformanceCheck functionalDevices() {
    return without(
        "assessment-functional-devices",
        "8.1.5 self-service, court-recording and evidence devices",
        "8.1.5",
        "/hardware/functionalDevices",
        "庭审记录仪");
  }

  @Implements("A.1")
  static ConformanceCheck appendixTable() {
    return new AssessmentVariantCheck(
        "assessment-appendix-table",
        "A.1 Table A.1 for the declared tier",
        List.of("A.1"),
        List.of(
            new Variant(
                TIER1,
                "the administrative dispute mediation center removed",
                p -> withUnits(p, units(p).stream().filter(u -> !isKind(u, "行政争议调解中心")).toList()),
                "A.1",
                "NONCONFORMS"),
            new Variant(TIER1, "the example unchanged", p -> p, "A.1", "CONFORMS")));
  }

  @Implements("R5")
  static ConformanceCheck brassPlateAspect() {
    return new AssessmentVariantCheck(
        "assessment-brass-plate-aspect",
        "R5 an informative ratio off by more than 2 % is advisory, never a failure (B.2)",
        List.of("R5"),
        List.of(
            new Variant(
                TIER1,
                "a 918 × 600 mm brass plate (3:2 + 2 %)",
                p -> signSize(p, "铜牌", 918, 600),
                "B.2",
                "CONFORMS"),
            new Variant(
                TIER1,
                "a 919 × 600 mm brass plate (beyond 2 %)",
                p -> signSize(p, "铜牌", 919, 600),
                "B.2",
                "ADVISORY")));
  }

  /** A check that one listed item is required: without it the clause falls short. */
  private static ConformanceCheck without(
      String id, String name, String clause, String pointer, String item) {
    return new AssessmentVariantCheck(
        id,
        name,
        List.of(clause),
        List.of(
            new Variant(
                TIER1,
                item + " left out",
                p -> {
                  JsonArray list = (JsonArray) Json.createPointer(pointer).getValue(p);
                  JsonArrayBuilder kept = Json.createArrayBuilder();
                  list.getValuesAs(JsonValue.class).stream()
                      .filter(v -> !(v instanceof JsonString str && str.getString().equals(item)))
                      .forEach(kept::add);
                  return Json.createPointer(pointer).replace(p, kept.build());
                },
                clause,
                "NONCONFORMS"),
            new Variant(TIER1, "the example unchanged", p -> p, clause, "CONFORMS")));
  }

  private static JsonArray strings(String... values) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    for (String v : values) {
      b.add(v);
    }
    return b.build();
  }

  /** Every certificate any post requires, valid until {@code day}. */
  private static JsonObject certificatesValidUntil(JsonObject p, String day) {
    JsonArrayBuilder staff = Json.createArrayBuilder();
    for (JsonObject post : p.getJsonArray("staff").getValuesAs(JsonObject.class)) {
      if (!post.containsKey("requiredCertificate")) {
        staff.add(post);
        continue;
      }
      JsonArrayBuilder holders = Json.createArrayBuilder();
      for (JsonObject h : post.getJsonArray("holders").getValuesAs(JsonObject.class)) {
        JsonArrayBuilder certs = Json.createArrayBuilder();
        for (JsonObject c : h.getJsonArray("certificates").getValuesAs(JsonObject.class)) {
          certs.add(Json.createObjectBuilder(c).add("validUntil", day));
        }
        holders.add(Json.createObjectBuilder(h).add("certificates", certs));
      }
      staff.add(Json.createObjectBuilder(post).add("holders", holders));
    }
    return Json.createObjectBuilder(p).add("staff", staff).build();
  }

  private static JsonObject withoutZone(JsonObject p, String kind) {
    JsonArrayBuilder zones = Json.createArrayBuilder();
    p.getJsonArray("zones").getValuesAs(JsonObject.class).stream()
        .filter(z -> !kind.equals(z.getString("kind", "")))
        .forEach(zones::add);
    return Json.createObjectBuilder(p).add("zones", zones).build();
  }

  /** Every zone's function {@code from} renamed {@code to}, or left out when {@code to} is null. */
  private static JsonObject renameFunction(JsonObject p, String from, String to) {
    JsonArrayBuilder zones = Json.createArrayBuilder();
    for (JsonObject z : p.getJsonArray("zones").getValuesAs(JsonObject.class)) {
      JsonArrayBuilder functions = Json.createArrayBuilder();
      for (JsonString f : z.getJsonArray("functions").getValuesAs(JsonString.class)) {
        if (!f.getString().equals(from)) {
          functions.add(f);
        } else if (to != null) {
          functions.add(to);
        }
      }
      zones.add(Json.createObjectBuilder(z).add("functions", functions));
    }
    return Json.createObjectBuilder(p).add("zones", zones).build();
  }

  private static JsonObject signSize(JsonObject p, String kind, int widthMm, int heightMm) {
    JsonArrayBuilder signs = Json.createArrayBuilder();
    for (JsonObject sign : p.getJsonArray("signs").getValuesAs(JsonObject.class)) {
      signs.add(
          kind.equals(sign.getString("kind", ""))
              ? Json.createObjectBuilder(sign).add("widthMm", widthMm).add("heightMm", heightMm)
              : Json.createObjectBuilder(sign));
    }
    return Json.createObjectBuilder(p).add("signs", signs).build();
  }

  @Implements("8.1.2")
  static ConformanceCheck bandwidth() {
    return new AssessmentVariantCheck(
        "assessment-bandwidth",
        "8.1.2 network bandwidth at 200 Mbps",
        List.of("8.1.2"),
        List.of(
            replace(
                TIER1, "199 Mbps", "/hardware/bandwidthMbps", num("199"), "8.1.2", "NONCONFORMS"),
            replace(
                TIER1, "200 Mbps", "/hardware/bandwidthMbps", num("200"), "8.1.2", "CONFORMS")));
  }

  @Implements("8.1.3")
  static ConformanceCheck display() {
    return new AssessmentVariantCheck(
        "assessment-display",
        "8.1.3 display size and physical resolution",
        List.of("8.1.3"),
        List.of(
            replace(
                TIER1,
                "every display 69.9″",
                "/hardware/displays",
                displays("69.9", "1920x1080"),
                "8.1.3",
                "NONCONFORMS"),
            replace(
                TIER1,
                "a 70″ 1920×1080 display",
                "/hardware/displays",
                displays("70", "1920x1080"),
                "8.1.3",
                "CONFORMS"),
            replace(
                TIER1,
                "a 70″ 1280×720 display",
                "/hardware/displays",
                displays("70", "1280x720"),
                "8.1.3",
                "NONCONFORMS")));
  }

  @Implements("8.1.4")
  static ConformanceCheck videoConference() {
    return new AssessmentVariantCheck(
        "assessment-video-conference",
        "8.1.4 video conferencing at 1080p",
        List.of("8.1.4"),
        List.of(
            replace(
                TIER1,
                "720P transmission",
                "/hardware/videoConference/transmission",
                Json.createValue("720P"),
                "8.1.4",
                "NONCONFORMS"),
            replace(
                TIER1,
                "1080P transmission",
                "/hardware/videoConference/transmission",
                Json.createValue("1080P"),
                "8.1.4",
                "CONFORMS")));
  }

  @Implements({"A.1.1", "4.1.3.2", "R4"})
  static ConformanceCheck tier1Units() {
    return new AssessmentVariantCheck(
        "assessment-tier1-units",
        "A.1.1 tier-1 resident units; R4 rotating units do not count",
        List.of("A.1.1", "4.1.3.2", "R4"),
        List.of(
            new Variant(
                TIER1,
                "the administrative dispute mediation center removed",
                p -> withUnits(p, units(p).stream().filter(u -> !isKind(u, "行政争议调解中心")).toList()),
                "A.1.1",
                "NONCONFORMS"),
            new Variant(
                TIER1,
                "the administrative dispute mediation center present only by rotation",
                p ->
                    withUnits(
                        p,
                        units(p).stream()
                            .map(u -> isKind(u, "行政争议调解中心") ? withMode(u, "轮驻") : u)
                            .toList()),
                "A.1.1",
                "NONCONFORMS"),
            new Variant(TIER1, "the example unchanged", p -> p, "A.1.1", "CONFORMS")));
  }

  @Implements({"A.1.2", "R3"})
  static ConformanceCheck tier2Alternatives() {
    return new AssessmentVariantCheck(
        "assessment-tier2-alternatives",
        "A.1.2 tier-2 litigation service center or labour arbitration court (R3)",
        List.of("A.1.2", "R3"),
        List.of(
            new Variant(
                TIER2,
                "only the labour arbitration court of the two",
                p ->
                    withUnits(
                        p,
                        ensureKind(
                            units(p).stream().filter(u -> !isKind(u, "诉讼服务中心")).toList(),
                            "劳动人事争议仲裁院")),
                "A.1.2",
                "CONFORMS"),
            new Variant(
                TIER2,
                "neither of the two",
                p ->
                    withUnits(
                        p,
                        units(p).stream()
                            .filter(u -> !isKind(u, "诉讼服务中心") && !isKind(u, "劳动人事争议仲裁院"))
                            .toList()),
                "A.1.2",
                "NONCONFORMS")));
  }

  private static JsonValue num(String n) {
    return Json.createValue(new BigDecimal(n));
  }

  private static JsonArray displays(String inches, String resolution) {
    return Json.createArrayBuilder()
        .add(
            Json.createObjectBuilder()
                .add("name", "conformance-kit display")
                .add("sizeInches", new BigDecimal(inches))
                .add("physicalResolution", resolution))
        .build();
  }

  private static List<JsonObject> units(JsonObject p) {
    return p.getJsonArray("units").getValuesAs(JsonObject.class);
  }

  /** The published format accepts a unit kind in Chinese or as its English code. */
  private static final java.util.Map<String, String> UNIT_CODES =
      java.util.Map.of(
          "行政争议调解中心", "ADMINISTRATIVE_DISPUTE_MEDIATION_CENTER",
          "诉讼服务中心", "LITIGATION_SERVICE_CENTER",
          "劳动人事争议仲裁院", "LABOUR_DISPUTE_ARBITRATION_COURT");

  private static boolean isKind(JsonObject unit, String kind) {
    String k = unit.getString("kind", "");
    return kind.equals(k) || UNIT_CODES.getOrDefault(kind, kind).equals(k);
  }

  private static JsonObject withMode(JsonObject unit, String mode) {
    return Json.createObjectBuilder(unit).add("entryMode", mode).build();
  }

  private static List<JsonObject> ensureKind(List<JsonObject> units, String kind) {
    if (units.stream().anyMatch(u -> isKind(u, kind))) {
      return units;
    }
    List<JsonObject> more = new java.util.ArrayList<>(units);
    more.add(
        Json.createObjectBuilder()
            .add("kind", kind)
            .add("name", kind)
            .add("entryMode", "常驻")
            .add("entryForm", "成建制")
            .build());
    return more;
  }

  private static JsonObject withUnits(JsonObject p, List<JsonObject> units) {
    return Json.createObjectBuilder(p).add("units", Json.createArrayBuilder(units)).build();
  }
}
