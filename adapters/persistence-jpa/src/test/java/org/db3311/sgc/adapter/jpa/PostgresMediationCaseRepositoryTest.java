package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationCaseRepository;
import org.db3311.sgc.core.mediation.MediationCaseRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresMediationCaseRepositoryTest extends MediationCaseRepositoryContract {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresMediationCaseRepositoryTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Override
  protected MediationCaseRepository newRepository() {
    return new JpaMediationCaseRepository(fixture.store);
  }

  /** The recount reads each case on its own: a case whose document no longer reads is listed. */
  @Test
  @Implements("R10")
  void a_case_whose_document_does_not_read_is_still_listed_for_the_recount() {
    MediationCaseId broken =
        new MediationCaseId(RegistrationNumber.parse("331121-20261231-0009"), 1);
    fixture
        .store
        .unitOfWork()
        .with(
            em ->
                em.createNativeQuery(
                        "insert into mediation_case (id, version, matter, attempt, state,"
                            + " category_code, opened_at, confirmation_due,"
                            + " confirmation_provisional, document) values (?1, 1, ?2, 1,"
                            + " 'AGREED', 'dispute.labour', timestamp with time zone"
                            + " '2026-12-31 09:00:00+08:00', date '2027-01-29', true, '{}')")
                    .setParameter(1, broken.toString())
                    .setParameter(2, broken.matter().toString())
                    .executeUpdate());
    assertThat(newRepository().withProvisionalConfirmationDue()).contains(broken);
  }
}
