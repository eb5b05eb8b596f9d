package org.db3311.sgc.adapter.jpa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.GovernanceCenter;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.server.Server;

/**
 * A profiling harness, not a test ({@code bin/bench-persistence --statements}): registers matters
 * through the use case on PostgreSQL and prints the SQL statements EclipseLink sends for one
 * registration, grouped by their text, to show where the round trips go.
 */
public final class RegistrationStatements {

  public static void main(String[] args) throws Exception {
    // a schema of its own, dropped afterwards
    JpaSettings settings = TestStores.POSTGRES.settingsFor(RegistrationStatements.class);
    try (JpaStore store = JpaStore.open(settings)) {
      Server session = JpaHelper.getServerSession(store.factory());
      RegistrationRig.SqlLog log = new RegistrationRig.SqlLog();
      session.setSessionLog(log);
      GovernanceCenter center = RegistrationRig.center(store);
      RegistrationRig.register(center, 0);
      if (args.length > 0) {
        // profiling: register for that many seconds without logging, then print the rate
        log.quiet();
        long end = System.nanoTime() + Long.parseLong(args[0]) * 1_000_000_000L;
        long start = System.nanoTime();
        int k = 0;
        while (System.nanoTime() < end) {
          RegistrationRig.register(center, 1000 + k++);
        }
        System.out.printf("%.1f registrations/s%n", k / ((System.nanoTime() - start) / 1e9));
        return;
      }
      log.clear();
      int n = 20;
      for (int i = 1; i <= n; i++) {
        RegistrationRig.register(center, i);
      }
      Map<String, Integer> byText = new LinkedHashMap<>();
      List<String> statements = log.statements();
      for (String s : statements) {
        String key = s.length() > 110 ? s.substring(0, 110) + "…" : s;
        byText.merge(key, 1, Integer::sum);
      }
      System.out.printf(
          "EclipseLink SQL statements per registration: %.1f (over %d registrations)%n",
          statements.size() / (double) n, n);
      byText.forEach((s, c) -> System.out.printf("%6.1f  %s%n", c / (double) n, s));
    } finally {
      TestStores.dispose(settings);
    }
  }

  private RegistrationStatements() {}
}
