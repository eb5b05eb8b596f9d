package org.db3311.sgc.core.eventhandling;

import java.util.Optional;

/** Outgoing port: where duty rosters are kept; a save honours the version it was read at. */
public interface DutyRosterRepository {

  void save(DutyRoster roster);

  Optional<DutyRoster> find(DutyRosterId id);
}
