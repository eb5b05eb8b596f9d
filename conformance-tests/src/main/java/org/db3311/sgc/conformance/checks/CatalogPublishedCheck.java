package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.conformance.CheckResult;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.core.catalog.Clause;
import org.db3311.sgc.core.catalog.ClauseCatalog;

/**
 * Prerequisite: the deployment publishes the clause catalog it claims to implement, and every
 * clause's Chinese text is the standard's text (so its clause-by-clause answers refer to the same
 * clauses as this kit).
 */
public final class CatalogPublishedCheck implements ConformanceCheck {

  private final ClauseCatalog catalog;

  public CatalogPublishedCheck(ClauseCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public String name() {
    return "deployment publishes the DB3311 clause catalog (GET /api/clauses)";
  }

  @Override
  public CheckResult run(Deployment deployment) {
    List<String> evidence = new ArrayList<>();
    try {
      Deployment.Answer a = deployment.get("/api/clauses");
      evidence.add("GET /api/clauses → " + a.status());
      if (a.status() != 200 || !(a.json() instanceof JsonArray served)) {
        evidence.add("expected a JSON array, got: " + abbreviate(a.body()));
        return new CheckResult(name(), List.of(), false, evidence);
      }
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
          evidence.add("missing: " + c.id());
        } else if (!normalise(text).equals(normalise(c.textZh()))) {
          differing++;
          evidence.add("text differs: " + c.id());
        }
      }
      evidence.add(
          served.size() + " entries served; " + missing + " missing; " + differing + " differ");
      return new CheckResult(name(), List.of(), missing == 0 && differing == 0, evidence);
    } catch (Exception e) {
      evidence.add("request failed: " + e);
      return new CheckResult(name(), List.of(), false, evidence);
    }
  }

  private static String normalise(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
