package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What one registration through the use case sends to PostgreSQL (issue #10), read from
 * EclipseLink's SQL log as {@link RegistrationStatements} prints it: the audit and outbox positions
 * come from blocks (V32), not a {@code nextval} per row, and the outbox does not ask for the last
 * sequence of a matter its own unit has just inserted (a registration's events start at 1).
 */
class PostgresRegistrationRoundTripsTest {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresRegistrationRoundTripsTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  /** Keeps the text of every SQL statement EclipseLink logs. */
  private static final class Statements extends AbstractSessionLog {
    final List<String> sql = new ArrayList<>();

    @Override
    public boolean shouldLog(int level, String category) {
      return SessionLog.SQL.equals(category)
          ? level >= SessionLog.FINE
          : level >= SessionLog.SEVERE;
    }

    @Override
    public synchronized void log(SessionLogEntry entry) {
      if (SessionLog.SQL.equals(entry.getNameSpace())) {
        sql.add(entry.getMessage().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
      }
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

  @Test
  @DisplayName(
      "a registration sends neither a nextval per audit or outbox row nor the outbox's"
          + " last-sequence query for its new matter")
  void a_registration_takes_positions_from_blocks_and_skips_the_last_sequence_query() {
    JpaStore store = fixture.store;
    Server session = JpaHelper.getServerSession(store.factory());
    SessionLog before = session.getSessionLog();
    Statements log = new Statements();
    GovernanceCenter center =
        GovernanceCenter.builder(DivisionCode.of("331121"), Clock.systemDefaultZone())
            .unitOfWork(store.unitOfWork())
            .matters(new JpaMatterRepository(store))
            .supervisionFiles(new JpaSupervisionFileRepository(store))
            .auditTrail(store.auditTrail())
            .outbox(store.outbox())
            .sequences(store.sequences())
            .build();
    register(center, 0); // takes the first blocks
    int n = 20;
    try {
      session.setSessionLog(log);
      for (int i = 1; i <= n; i++) {
        register(center, i);
      }
    } finally {
      session.setSessionLog(before);
    }

    assertThat(log.sql).filteredOn(s -> s.contains("insert into outbox_event")).hasSize(n);
    assertThat(log.sql)
        .filteredOn(s -> s.contains("insert into audit_entry"))
        .hasSizeGreaterThanOrEqualTo(n);
    assertThat(log.sql)
        .as("the last sequence of a matter the unit inserted is known: 0")
        .noneMatch(s -> s.contains("max(") && s.contains("outbox_event"));
    long inserts = log.sql.stream().filter(s -> s.contains("insert into ")).count();
    assertThat(log.sql.stream().filter(s -> s.contains("nextval")).count())
        .as("one nextval per block of %d positions", SequenceAllocation.ALLOCATION)
        .isLessThanOrEqualTo(2 + inserts / SequenceAllocation.ALLOCATION);
  }
}
