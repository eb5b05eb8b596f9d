package org.db3311.sgc.adapter.jpa;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * Registration through the use case on a JPA store, and the SQL EclipseLink sends for it: what
 * {@link RegistrationStatements} prints and {@link PostgresRegistrationRoundTripsTest} counts, so
 * the two always look at the same registration.
 */
public final class RegistrationRig {

  /** The intake of 青田县 over the store's matters, supervision files, audit trail and outbox. */
  static GovernanceCenter center(JpaStore store) {
    return builder(store).build();
  }

  /** {@link #center}'s builder, for a harness that configures more (the benchmarks' harness). */
  public static GovernanceCenter.Builder builder(JpaStore store) {
    return GovernanceCenter.builder(DivisionCode.of("331121"), Clock.systemDefaultZone())
        .unitOfWork(store.unitOfWork())
        .matters(new JpaMatterRepository(store))
        .supervisionFiles(new JpaSupervisionFileRepository(store))
        .auditTrail(store.auditTrail())
        .outbox(store.outbox())
        .sequences(store.sequences());
  }

  /**
   * Registers the {@code i}th labour dispute: each applicant with a telephone number of their own,
   * so no registration finds an earlier one of the same applicant.
   */
  static void register(GovernanceCenter center, int i) {
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

  /**
   * Keeps the text of every SQL statement EclipseLink logs, white space folded, unless quiet;
   * warnings of other categories go to standard error.
   */
  static final class SqlLog extends AbstractSessionLog {
    private final List<String> statements = new ArrayList<>();
    private boolean quiet;

    SqlLog() {
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
        if (!quiet) {
          statements.add(entry.getMessage().replaceAll("\\s+", " "));
        }
      } else if (entry.getLevel() >= SessionLog.WARNING) {
        System.err.println(entry.getMessage());
      }
    }

    /** Stops keeping statements, e.g. while profiling, where they would only fill the heap. */
    synchronized void quiet() {
      quiet = true;
    }

    synchronized void clear() {
      statements.clear();
    }

    synchronized List<String> statements() {
      return List.copyOf(statements);
    }
  }

  private RegistrationRig() {}
}
