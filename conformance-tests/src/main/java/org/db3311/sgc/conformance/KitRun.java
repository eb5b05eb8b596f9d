package org.db3311.sgc.conformance;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.db3311.sgc.conformance.checks.ArchiveChecks;
import org.db3311.sgc.conformance.checks.AssessmentChecks;
import org.db3311.sgc.conformance.checks.CaseworkChecks;
import org.db3311.sgc.conformance.checks.CatalogPublishedCheck;
import org.db3311.sgc.conformance.checks.EmergencyChecks;
import org.db3311.sgc.conformance.checks.EpidemicChecks;
import org.db3311.sgc.conformance.checks.EvaluationChecks;
import org.db3311.sgc.conformance.checks.EventChecks;
import org.db3311.sgc.conformance.checks.FeedbackChecks;
import org.db3311.sgc.conformance.checks.Fixtures;
import org.db3311.sgc.conformance.checks.GuidanceChecks;
import org.db3311.sgc.conformance.checks.HealthCheck;
import org.db3311.sgc.conformance.checks.IntakeChecks;
import org.db3311.sgc.conformance.checks.ReceptionChecks;
import org.db3311.sgc.conformance.checks.RiskReportChecks;
import org.db3311.sgc.conformance.checks.ScopeCheck;
import org.db3311.sgc.conformance.checks.SupervisionNoticeChecks;
import org.db3311.sgc.conformance.checks.TenantClockChecks;
import org.db3311.sgc.conformance.checks.WarningChecks;
import org.db3311.sgc.core.catalog.ClauseCatalog;

/**
 * One run of the kit against a deployment: prerequisites, then the selected suites' checks, then
 * clean-up of everything the kit created, then the roll-up.
 */
public final class KitRun {

  /**
   * What the inspector asked for.
   *
   * @param useTenant look for the deployment's inspection tenant and work there (the default); off,
   *     the kit works in {@code county} and its records stay behind, tagged
   * @param county the county to work in without the tenant
   * @param otherCounty a county the token must not reach; empty for a default
   */
  public record Options(
      URI target,
      String token,
      Set<String> suites,
      boolean readOnly,
      boolean useTenant,
      Optional<String> county,
      Optional<String> otherCounty,
      Optional<String> inspector) {
    public Options {
      suites = Set.copyOf(suites);
    }

    /** Every suite, the tenant, no county given. */
    public static Options of(URI target, String token) {
      return new Options(
          target,
          token,
          Set.of(),
          false,
          true,
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
  }

  private final ClauseCatalog catalog;
  private final List<ConformanceCheck> prerequisites;
  private final List<ConformanceCheck> checks;

  public KitRun(ClauseCatalog catalog) {
    this(catalog, standardChecks());
  }

  public KitRun(ClauseCatalog catalog, List<ConformanceCheck> checks) {
    this.catalog = catalog;
    this.prerequisites = List.of(new HealthCheck(), new CatalogPublishedCheck(catalog));
    this.checks = List.copyOf(checks);
  }

  /** Every check the kit ships, in run order. */
  public static List<ConformanceCheck> standardChecks() {
    List<ConformanceCheck> all = new ArrayList<>();
    all.addAll(AssessmentChecks.all());
    all.addAll(IntakeChecks.all());
    all.addAll(CaseworkChecks.all());
    all.addAll(TenantClockChecks.all());
    all.addAll(SupervisionNoticeChecks.all());
    all.addAll(EvaluationChecks.all());
    all.addAll(FeedbackChecks.all());
    all.addAll(RiskReportChecks.all());
    all.addAll(WarningChecks.all());
    all.addAll(EmergencyChecks.all());
    all.addAll(GuidanceChecks.all());
    all.addAll(EventChecks.all());
    all.addAll(ReceptionChecks.all());
    all.addAll(ArchiveChecks.all());
    all.addAll(EpidemicChecks.all());
    all.add(new ScopeCheck());
    return List.copyOf(all);
  }

  public List<ConformanceCheck> checks() {
    return checks;
  }

  /** The suites the kit knows. */
  public List<String> suites() {
    return checks.stream().map(ConformanceCheck::suite).distinct().toList();
  }

  /** Every write a run with these options would make, by check, without making any. */
  public List<String> plan(Options o) {
    List<String> lines = new ArrayList<>();
    for (ConformanceCheck c : checks) {
      if (!o.suites().isEmpty() && !o.suites().contains(c.suite())) {
        continue;
      }
      if (c.writes().isEmpty()) {
        lines.add(c.id() + ": reads only");
      } else if (o.readOnly()) {
        lines.add(c.id() + ": skipped (read-only run); would write:");
        c.writes().forEach(w -> lines.add("    " + w));
      } else {
        lines.add(c.id() + ":");
        c.writes().forEach(w -> lines.add("    " + w));
      }
    }
    if (!o.readOnly()) {
      lines.add(
          "clean-up: DELETE /api/v1/inspection/data (in the inspection tenant), then GET to see 0 left");
    }
    return lines;
  }

  public ConformanceReport run(Options o, Consumer<String> progress) {
    Instant started = Instant.now();
    Deployment d = new Deployment(o.target(), o.token());
    String tag = "kit-" + UUID.randomUUID().toString().substring(0, 8);
    Redaction redaction = new Redaction(Fixtures.NAMES);
    RunSettings provisional =
        new RunSettings(
            o.county().orElse(""), false, "", o.readOnly(), tag, o.suites(), o.inspector());

    List<CheckResult> pre = new ArrayList<>();
    for (ConformanceCheck c : prerequisites) {
      pre.add(runOne(c, d, provisional, redaction, "", progress));
    }
    String published = fetch(d, "/openapi");
    boolean tenant = false;
    String county = o.county().orElse("");
    if (o.useTenant()) {
      try {
        Deployment.Answer a = d.get("/api/v1/inspection");
        if (a.status() == 200 && !a.object().getString("county", "").isEmpty()) {
          tenant = true;
          county = a.object().getString("county");
          progress.accept("inspection tenant found: county " + county);
        }
      } catch (Exception e) {
        progress.accept("no inspection tenant: " + e);
      }
    }
    String other = o.otherCounty().orElse("331102".equals(county) ? "331121" : "331102");
    RunSettings settings =
        new RunSettings(county, tenant, other, o.readOnly(), tag, o.suites(), o.inspector());

    boolean prerequisitesHold = pre.stream().allMatch(CheckResult::passed);
    List<CheckResult> results = new ArrayList<>();
    boolean wrote = false;
    for (ConformanceCheck c : checks) {
      if (!settings.selected(c.suite())) {
        continue;
      }
      if (!prerequisitesHold) {
        results.add(stopped(c, Verdict.SKIP, "a prerequisite failed", progress));
      } else if (!c.writes().isEmpty() && o.readOnly()) {
        results.add(stopped(c, Verdict.SKIP, "read-only run: the check needs to write", progress));
      } else if (!c.writes().isEmpty() && county.isEmpty()) {
        results.add(
            stopped(c, Verdict.SKIP, "no inspection tenant and no --county to write in", progress));
      } else {
        wrote |= !c.writes().isEmpty();
        results.add(
            ConformanceReport.shouldRule(
                catalog, runOne(c, d, settings, redaction, published, progress)));
      }
    }
    List<CheckResult> housekeeping = new ArrayList<>();
    if (wrote) {
      housekeeping.add(cleanUp(d, settings, redaction, progress));
    }
    CoverageMatrix matrix = CoverageMatrix.of(catalog, checks);
    return new ConformanceReport(
        ConformanceKit.VERSION,
        o.target().toString(),
        county,
        tenant,
        started.toString(),
        Instant.now().toString(),
        pre,
        results,
        housekeeping,
        ConformanceReport.rollUp(catalog, matrix, results));
  }

  private CheckResult cleanUp(
      Deployment d, RunSettings s, Redaction redaction, Consumer<String> progress) {
    ConformanceCheck cleanUp =
        new ConformanceCheck() {
          @Override
          public String id() {
            return "housekeeping-clean-up";
          }

          @Override
          public String name() {
            return "everything the kit created is removed";
          }

          @Override
          public String suite() {
            return "housekeeping";
          }

          @Override
          public List<String> clauses() {
            return List.of();
          }

          @Override
          public void run(Probe p) throws Exception {
            if (!s.tenant()) {
              p.omit(
                  "no inspection tenant: the records this run created stay in county "
                      + s.county()
                      + ", each tagged "
                      + s.tag());
            }
            p.require(
                p.send("DELETE", "/api/v1/inspection/data", null, java.util.Map.of()),
                200,
                "/api/v1/inspection/data",
                "removing the tenant's data");
            JsonObject left =
                p.require(
                    p.get("/api/v1/inspection/data"),
                    200,
                    "/api/v1/inspection/data",
                    "what is left");
            p.expect(left.getInt("records", -1) == 0, "nothing is left behind (" + left + ")");
          }
        };
    return runOne(cleanUp, d, s, redaction, "/api/v1/inspection/data", progress);
  }

  private static CheckResult stopped(
      ConformanceCheck c, Verdict v, String reason, Consumer<String> progress) {
    progress.accept(String.format("%-7s %s — %s", v, c.id(), reason));
    return new CheckResult(
        c.id(), c.name(), c.suite(), c.clauses(), v, reason, List.of(), List.of(), 0);
  }

  static CheckResult runOne(
      ConformanceCheck c,
      Deployment d,
      RunSettings s,
      Redaction redaction,
      String published,
      Consumer<String> progress) {
    long t0 = System.nanoTime();
    Probe p = new Probe(d, s, redaction, published);
    Verdict v;
    String reason;
    try {
      c.run(p);
      v = p.failures().isEmpty() ? Verdict.PASS : Verdict.FAIL;
      reason = p.failures().isEmpty() ? "" : String.join("; ", p.failures());
    } catch (Probe.Stop stop) {
      v = stop.verdict == Verdict.FAIL || !p.failures().isEmpty() ? Verdict.FAIL : stop.verdict;
      reason = p.failures().isEmpty() ? stop.getMessage() : String.join("; ", p.failures());
    } catch (java.io.IOException e) {
      v = Verdict.ERROR;
      reason = "request failed: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      v = Verdict.ERROR;
      reason = "interrupted";
    } catch (Exception e) {
      v = p.failures().isEmpty() ? Verdict.ERROR : Verdict.FAIL;
      reason =
          p.failures().isEmpty()
              ? "the kit could not judge the answer: " + e
              : String.join("; ", p.failures());
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    progress.accept(
        String.format("%-7s %s (%d ms)%s", v, c.id(), ms, reason.isEmpty() ? "" : " — " + reason));
    return new CheckResult(
        c.id(), c.name(), c.suite(), c.clauses(), v, reason, p.evidence(), p.exchanges(), ms);
  }

  private static String fetch(Deployment d, String path) {
    try {
      Deployment.Answer a = d.get(path);
      return a.status() == 200 ? a.body() : "";
    } catch (Exception e) {
      return "";
    }
  }
}
