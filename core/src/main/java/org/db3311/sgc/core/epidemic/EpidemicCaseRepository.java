package org.db3311.sgc.core.epidemic;

import java.util.List;
import java.util.Optional;

/** Outgoing port: epidemic cases. */
public interface EpidemicCaseRepository {
  void save(EpidemicCase c);

  Optional<EpidemicCase> find(String id);

  List<EpidemicCase> all();
}
