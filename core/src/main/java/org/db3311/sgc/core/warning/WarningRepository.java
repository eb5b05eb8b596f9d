package org.db3311.sgc.core.warning;

import java.util.List;
import java.util.Optional;

/** Outgoing port: warnings. */
public interface WarningRepository {

  void save(Warning warning);

  Optional<Warning> find(String id);

  /** The open warning about a subject, if there is one. */
  Optional<Warning> openAbout(WarningSubject subject);

  List<Warning> all();
}
