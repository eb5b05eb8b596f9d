package org.db3311.sgc.adapter.jpa;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.server.Server;

/**
 * A profiling harness, not a test ({@code bin/bench-persistence --statements}): registers matters
 * through the use case on PostgreSQL and prints the SQL statements EclipseLink sends for one
 * registration, grouped by their text, to show where the round trips go.
 */
public final class RegistrationStatements {

  public static void main(String[] args) throws Exception {
    String schema = "bench_sql_" + Long.toHexString(System.nanoTime());
    JpaSettings settings =
        new JpaSettings(
            TestStores.PG_URL,
            TestStores.PG_USER,
            Optional.empty(),
            4,
            Optional.of(schema),
            TestStores.SECRET);
    try (JpaStore store = JpaStore.open(settings)) {
      Server session = JpaHelper.getServerSession(store.factory());
      Counting log = new Counting();
      session.setSessionLog(log);
      GovernanceCenter center =
          GovernanceCenter.builder(DivisionCode.of("331121"), Clock.systemDefaultZone())
              .unitOfWork(store.unitOfWork())
              .matters(new JpaMatterRepository(store))
              .supervisionFiles(new JpaSupervisionFileRepository(store))
              .auditTrail(store.auditTrail())
              .outbox(store.outbox())
              .sequences(store.sequences())
              .build();
      register(center, 0);
      if (args.length > 0) {
        // profiling: register for that many seconds without logging, then print the rate
        log.quiet = true;
        long end = System.nanoTime() + Long.parseLong(args[0]) * 1_000_000_000L;
        long start = System.nanoTime();
        int k = 0;
        while (System.nanoTime() < end) {
          register(center, 1000 + k++);
        }
        System.out.printf("%.1f registrations/s%n", k / ((System.nanoTime() - start) / 1e9));
        return;
      }
      log.statements.clear();
      int n = 20;
      for (int i = 1; i <= n; i++) {
        register(center, i);
      }
      Map<String, Integer> byText = new LinkedHashMap<>();
      for (String s : log.statements) {
        String key = s.length() > 110 ? s.substring(0, 110) + "…" : s;
        byText.merge(key, 1, Integer::sum);
      }
      System.out.printf(
          "EclipseLink SQL statements per registration: %.1f (over %d registrations)%n",
          log.statements.size() / (double) n, n);
      byText.forEach((s, c) -> System.out.printf("%6.1f  %s%n", c / (double) n, s));
    } finally {
      TestStores.dispose(settings);
    }
  }

  private static void register(GovernanceCenter center, int i) {
    Party applicant = Party.Citizen.of("申请人" + i, null, "139" + String.format("%08d", i));
    Registration r =
        Registration.atWindow(
            List.of(MatterParty.applicant(applicant), MatterParty.respondent(IntakeFixtures.FIRM)),
            "dispute.labour",
            IntakeFixtures.place("乡镇" + i),
            "拖欠工资三个月",
            IntakeFixtures.ALL_MATERIALS);
    center.intake().register(new RegisterMatterUseCase.Command(r, IntakeFixtures.CLERK));
  }

  /** Keeps the text of every SQL statement logged. */
  private static final class Counting extends AbstractSessionLog {
    final List<String> statements = new ArrayList<>();
    boolean quiet;

    Counting() {
      setLevel(SessionLog.FINE, SessionLog.SQL);
      setLevel(SessionLog.WARNING);
    }

    @Override
    public boolean shouldLog(int level, String category) {
      return SessionLog.SQL.equals(category)
          ? level >= SessionLog.FINE
          : level >= SessionLog.WARNING;
    }

    @Override
    public synchronized void log(SessionLogEntry entry) {
      if (SessionLog.SQL.equals(entry.getNameSpace())) {
        statements.add(entry.getMessage().replaceAll("\\s+", " "));
      } else if (entry.getLevel() >= SessionLog.WARNING) {
        System.err.println(entry.getMessage());
      }
    }
  }

  private RegistrationStatements() {}
}
