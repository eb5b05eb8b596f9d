package org.db3311.sgc.core.mediation;

import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: record a party's consent to, or refusal of, mediation (各方当事人愿意调解). */
@Implements("6.2.1.1.1")
public interface RecordConsentUseCase {

  void recordConsent(Command command);

  /**
   * @param party the party's position in the matter's party list
   * @param informed whether the party was told the nature and effect of mediation and their rights
   */
  record Command(MediationCaseId id, int party, boolean agrees, boolean informed, Actor actor) {
    public Command {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
