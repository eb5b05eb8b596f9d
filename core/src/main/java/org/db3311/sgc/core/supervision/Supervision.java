package org.db3311.sgc.core.supervision;

import java.util.Optional;

/**
 * What the supervised tracks need: open a file, record progress on it, extend a step on an approved
 * extension, and ask whether one exists.
 */
public interface Supervision
    extends OpenSupervisionUseCase, TrackProgressUseCase, ExtendDeadlineUseCase {

  boolean isSupervised(String subject);

  /** The state of the subject's file, empty when it is not under supervision. */
  Optional<SupervisionState> stateOf(String subject);
}
