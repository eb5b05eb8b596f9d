package org.db3311.sgc.conformance;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.db3311.sgc.conformance.checks.AssessmentChecks;
import org.db3311.sgc.conformance.checks.CatalogPublishedCheck;
import org.db3311.sgc.conformance.checks.HealthCheck;
import org.db3311.sgc.core.catalog.ClauseCatalog;

/**
 * The conformance kit: runs every check against a deployment over HTTP and reports clause by
 * clause. Usage: {@code ConformanceKit <base-url> [report.md]}; exits 0 when everything checked
 * passed, 1 when a check failed, 2 on a usage error.
 */
public final class ConformanceKit {

  private final ClauseCatalog catalog;
  private final List<ConformanceCheck> prerequisites;
  private final List<ConformanceCheck> clauseChecks;

  public ConformanceKit(ClauseCatalog catalog) {
    this.catalog = catalog;
    this.prerequisites = List.of(new HealthCheck(), new CatalogPublishedCheck(catalog));
    this.clauseChecks = AssessmentChecks.all();
  }

  public ConformanceReport run(Deployment deployment) {
    List<CheckResult> pre = prerequisites.stream().map(c -> c.run(deployment)).toList();
    List<CheckResult> results =
        pre.stream().allMatch(CheckResult::passed)
            ? clauseChecks.stream().map(c -> c.run(deployment)).toList()
            : List.of();
    return ConformanceReport.of(deployment.base().toString(), catalog, pre, results);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ConformanceKit <base-url> [report.md]");
      System.exit(2);
    }
    URI base;
    try {
      base = URI.create(args[0]);
    } catch (IllegalArgumentException e) {
      System.err.println("not a URL: " + args[0]);
      System.exit(2);
      return;
    }
    ConformanceReport report =
        new ConformanceKit(ClauseCatalog.standard()).run(new Deployment(base));
    String md = report.toMarkdown();
    if (args.length == 2) {
      Files.writeString(Path.of(args[1]), md, StandardCharsets.UTF_8);
      System.out.println("report written to " + args[1]);
    } else {
      System.out.println(md);
    }
    System.exit(report.passed() ? 0 : 1);
  }
}
