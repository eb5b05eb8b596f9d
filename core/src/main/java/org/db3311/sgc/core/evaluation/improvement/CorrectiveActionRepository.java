package org.db3311.sgc.core.evaluation.improvement;

import java.util.List;
import java.util.Optional;

/** Outgoing port: corrective actions. */
public interface CorrectiveActionRepository {

  void save(CorrectiveAction action);

  Optional<CorrectiveAction> find(String id);

  List<CorrectiveAction> all();
}
