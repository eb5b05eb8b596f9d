package org.db3311.sgc.core.followup;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** Outgoing port: where follow-ups are kept; saves honour the version. */
public interface FollowUpRepository {

  void save(FollowUp followUp);

  Optional<FollowUp> find(FollowUpId id);

  /** The follow-ups of a matter, first round first. */
  List<FollowUp> ofMatter(RegistrationNumber matter);
}
