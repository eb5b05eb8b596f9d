package org.db3311.sgc.conformance.checks;

import static org.db3311.sgc.conformance.checks.AssessmentVariantCheck.replace;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
