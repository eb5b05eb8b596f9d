package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.util.List;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 7.3.3 每年定期将上一年度属于归档范围的文件、资料进行整理立卷，并编制案卷编目、移交清单: the kit seals a case file closed in a past year
 * of its own choosing and files that year: the filing holds the file in a volume, with the volume
 * catalogue and a transfer list that counts it; the year in course cannot be filed yet; a second
 * filing of the same year finds nothing left to file.
 */
@Implements("7.3.3")
final class YearlyFilingCheck extends HttpCheck {

  /** A past year no other check closes files in. */
  private static final int YEAR = 2024;

  YearlyFilingCheck() {
    super(
        "archives-yearly-filing",
        "7.3.3 a past year's sealed files filed into volumes with catalogue and transfer list",
        "archives",
        List.of("7.3.3"),
        List.of(
            "POST /api/v1/archive/files (one case file closed in " + YEAR + ")",
            "POST /api/v1/archive/filings (the year in course, refused; " + YEAR + ", twice)"));
  }

  @Override
  public void run(Probe p) throws Exception {
    if (!p.settings().tenant()) {
      p.skip("a sealed file and a filing are never removed: filing needs the inspection tenant");
    }
    String county = p.settings().county();
    String id = "KIT-" + p.settings().tag() + "-Y";
    p.require(
        p.post(
            "/api/v1/archive/files?county=" + county, ArchiveChecks.file(p, id, YEAR + "-06-30")),
        201,
        "/api/v1/archive/files",
        "sealing a case file closed in " + YEAR);

    int current = HttpSteps.today(p).getYear();
    Deployment.Answer early =
        p.post("/api/v1/archive/filings?county=" + county, "{\"year\":" + current + "}");
    p.expect(
        early.status() == 409 && early.body().contains("year-not-over"),
        "the year in course (" + current + ") is not filed yet (HTTP " + early.status() + ")");

    JsonObject filing =
        p.require(
            p.post("/api/v1/archive/filings?county=" + county, "{\"year\":" + YEAR + "}"),
            201,
            "/api/v1/archive/filings",
            "filing " + YEAR);
    boolean inVolume =
        Fixtures.objects(filing, "volumes").stream()
            .flatMap(v -> Fixtures.objects(v, "items").stream())
            .anyMatch(i -> id.equals(i.getString("fileId", "")));
    p.expect(inVolume, "the case file " + id + " is in a volume of the filing (整理立卷)");
    JsonObject catalogue =
        filing.containsKey("catalogue") && !filing.isNull("catalogue")
            ? filing.getJsonObject("catalogue")
            : null;
    p.expect(
        catalogue != null
            && Fixtures.objects(catalogue, "entries").size()
                == Fixtures.objects(filing, "volumes").size(),
        "the volume catalogue (案卷编目) lists every volume");
    JsonObject transfer =
        filing.containsKey("transferList") && !filing.isNull("transferList")
            ? filing.getJsonObject("transferList")
            : null;
    p.expect(
        transfer != null && transfer.getInt("totalFiles", 0) >= 1,
        "the transfer list (移交清单) counts the files handed over ("
            + (transfer == null ? "none" : transfer.getInt("totalFiles", 0))
            + ")");

    Deployment.Answer again =
        p.post("/api/v1/archive/filings?county=" + county, "{\"year\":" + YEAR + "}");
    p.expect(
        again.status() == 409 && again.body().contains("nothing-to-file"),
        "filing " + YEAR + " again finds nothing left to file (HTTP " + again.status() + ")");
  }
}
