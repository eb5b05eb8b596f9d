package org.db3311.sgc.core.mediation;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** Outgoing port: where mediation cases are kept; saves honour the case's version. */
public interface MediationCaseRepository {

  void save(MediationCase mediation);

  Optional<MediationCase> find(MediationCaseId id);

  /** Every mediation attempt of a matter, first attempt first. */
  List<MediationCase> ofMatter(RegistrationNumber matter);

  /**
   * The cases whose judicial-confirmation due date is provisional (R10), by id: the recount reads
   * each on its own, so one unreadable case is reported without stopping the others.
   */
  List<MediationCaseId> withProvisionalConfirmationDue();
}
