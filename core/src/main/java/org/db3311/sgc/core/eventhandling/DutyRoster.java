package org.db3311.sgc.core.eventhandling;

import java.time.Instant;
import java.util.Optional;

/** Outgoing port: who is the duty county leader at a given moment (the 24-hour duty roster). */
public interface DutyRoster {

  Optional<DutyLeader> dutyLeaderAt(Instant at);
}
