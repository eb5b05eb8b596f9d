package org.db3311.sgc.conformance.checks;

import java.util.List;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;

/**
 * Division scoping: the kit's token, good for its own county, is refused another county's
 * supervision view. Read-only, so a broken deployment shows nothing more than a count. No clause
 * names it: every county center keeps to its own county (a property every deployment needs).
 */
public final class ScopeCheck extends HttpCheck {

  public ScopeCheck() {
    super(
        "security-division-scope",
        "a token of one county is refused another county's records",
        "security",
        List.of(),
        List.of());
  }

  @Override
  public void run(Probe p) throws Exception {
    Deployment.Answer own = p.get("/api/v1/supervision/overview?county=" + p.settings().county());
    p.require(own, 200, "/api/v1/supervision/overview", "the token's own county");
    Deployment.Answer other =
        p.get("/api/v1/supervision/overview?county=" + p.settings().otherCounty());
    p.expect(
        other.status() == 403,
        "county " + p.settings().otherCounty() + " is refused (" + other.status() + ")");
  }
}
