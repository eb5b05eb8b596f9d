package org.db3311.sgc.conformance.checks;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Electronic archives (7.3.2: 真实、可靠、完整、可用、安全) over the published archive API: two case files sealed
 * by the kit verify; one of them, damaged on purpose through the inspection tenant's aid ({@code
 * POST /api/v1/inspection/archives/{fileId}/tamper}, which changes one stored byte behind the
 * archive's back), must then fail verification, named, while the other still verifies.
 */
public final class ArchiveChecks {

  /** The record types the reference deployment asks of every case file. */
  static final List<String> RECORD_TYPES =
      List.of("REGISTRATION", "DECISION", "NOTICE", "AUDIT_ENTRY");

  private ArchiveChecks() {}

  /** A case file of the kit's, closed on {@code closedOn}, with a record of every type. */
  static String file(Probe p, String id, String closedOn) {
    JsonArrayBuilder records = Json.createArrayBuilder();
    for (String type : RECORD_TYPES) {
      records.add(
          Json.createObjectBuilder()
              .add("type", type)
              .add("title", type + "（检查）")
              .add("createdAt", closedOn + "T02:00:00Z")
              .add("content", "kit record " + type + " of " + id + "（合规检查）"));
    }
    return Json.createObjectBuilder()
        .add(
            "header",
            Json.createObjectBuilder()
                .add("fileId", id)
                .add("title", "合规检查卷（" + p.settings().tag() + "）")
                .add("category", "dispute.neighbour")
                .add("handlingUnit", "kit-township-a")
                .add("closedOn", closedOn))
        .add("records", records)
        .build()
        .toString();
  }

  public static List<ConformanceCheck> all() {
    return List.of(new TamperedFileFails(), new YearlyFilingCheck());
  }

  /** A sealed file verifies; the same file with one byte changed does not. */
  @Implements("7.3.2")
  static final class TamperedFileFails extends HttpCheck {
    TamperedFileFails() {
      super(
          "archives-tampered-file-fails",
          "7.3.2 sealed case files verify, and a file changed behind the archive's back fails",
          "archives",
          List.of("7.3.2"),
          List.of(
              "POST /api/v1/archive/files (two sealed case files)",
              "POST /api/v1/inspection/archives/{fileId}/tamper (one byte of one file changed)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        // a sealed file is never removed, and damaging one is an aid of the tenant only
        p.skip("sealing and damaging a case file needs the inspection tenant");
      }
      String county = p.settings().county();
      String kept = "KIT-" + p.settings().tag() + "-1";
      String tampered = "KIT-" + p.settings().tag() + "-2";
      for (String id : List.of(kept, tampered)) {
        JsonObject sealed =
            p.require(
                p.post(
                    "/api/v1/archive/files?county=" + county,
                    ArchiveChecks.file(p, id, "2026-11-30")),
                201,
                "/api/v1/archive/files",
                "sealing case file " + id);
        p.note("sealed " + id + ": " + sealed.getString("seal", "?"));
      }
      String verification = "/api/v1/archive/verification?county=" + county;
      JsonObject before =
          p.require(
              p.get(verification),
              200,
              "/api/v1/archive/verification",
              "the verification of the sealed files");
      p.expect(
          !names(before, kept) && !names(before, tampered),
          "both sealed files verify (" + problems(before) + ")");

      JsonObject aid =
          p.require(
              p.post("/api/v1/inspection/archives/" + tampered + "/tamper", "{}"),
              200,
              "/api/v1/inspection/archives/{fileId}/tamper",
              "changing one byte of " + tampered + " behind the archive's back");
      p.note("changed: " + aid);

      JsonObject after =
          p.require(
              p.get(verification),
              200,
              "/api/v1/archive/verification",
              "the verification after the change");
      p.expect(
          !after.getBoolean("intact", true),
          "the archive no longer verifies as intact (intact " + after.get("intact") + ")");
      p.expect(
          names(after, tampered),
          "the changed file " + tampered + " is named as failing (" + problems(after) + ")");
      p.expect(!names(after, kept), "the untouched file " + kept + " still verifies");
    }

    private static boolean names(JsonObject verification, String fileId) {
      return Fixtures.objects(verification, "problems").stream()
          .anyMatch(
              x ->
                  x.getString("location", "").contains(fileId)
                      || x.getString("message", "").contains(fileId));
    }

    private static String problems(JsonObject verification) {
      List<JsonObject> all = Fixtures.objects(verification, "problems");
      return all.isEmpty() ? "no problem" : all.toString();
    }
  }
}
