package org.db3311.sgc.core.facts;

/**
 * Outgoing port: the matter facts as the projection from casework writes them; analysis reads them
 * through {@link CaseFactSource}.
 */
public interface CaseFactStore extends CaseFactSource {

  /** Stores the fact, replacing the one held for the same matter. */
  void upsert(MatterFact fact);
}
