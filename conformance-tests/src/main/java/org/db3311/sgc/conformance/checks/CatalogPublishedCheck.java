package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Clause;
import org.db3311.sgc.core.catalog.ClauseCatalog;

/**
 * Prerequisite: the deployment publishes the clause catalog it claims to implement, and every
 * clause's Chinese text is the standard's text (so its clause-by-clause answers refer to the same
 * clauses as this kit).
 */
public final class CatalogPublishedCheck extends HttpCheck {

  private final ClauseCatalog catalog;

  public CatalogPublishedCheck(ClauseCatalog catalog) {
    super(
        "prerequisite-catalog",
        "deployment publishes the DB3311 clause catalog (GET /api/clauses)",
        "prerequisites",
        List.of(),
        List.of());
    this.catalog = catalog;
  }

  @Override
  public void run(Probe p) throws Exception {
    Deployment.Answer a = p.get("/api/clauses");
    if (!p.expect(
        a.status() == 200 && a.json() instanceof JsonArray,
        "GET /api/clauses answers a JSON array")) {
      p.note("got: " + abbreviate(a.body()));
      return;
    }
    JsonArray served = (JsonArray) a.json();
    Map<String, String> textById = new HashMap<>();
    for (JsonValue v : served) {
      if (v instanceof JsonObject o) {
        textById.put(o.getString("id", ""), o.getString("textZh", ""));
      }
    }
    int missing = 0;
    int differing = 0;
    for (Clause c : catalog.all()) {
      String text = textById.get(c.id().value());
      if (text == null) {
        missing++;
        p.note("missing: " + c.id());
      } else if (!normalise(text).equals(normalise(c.textZh()))) {
        differing++;
        p.note("text differs: " + c.id());
      }
    }
    p.expect(missing == 0, served.size() + " entries served; " + missing + " missing");
    p.expect(differing == 0, differing + " clause texts differ from the standard's");
  }

  private static String normalise(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
