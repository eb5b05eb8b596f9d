package org.db3311.sgc.core.casefacts;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** Outgoing port: the projection's working state, one trace per matter. */
public interface MatterTraceRepository {

  Optional<MatterTrace> find(RegistrationNumber matter);

  void save(MatterTrace trace);

  List<MatterTrace> all();
}
