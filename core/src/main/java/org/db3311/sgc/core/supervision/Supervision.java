package org.db3311.sgc.core.supervision;

/**
 * What the supervised tracks need: open a file, record progress on it, and ask whether one exists.
 */
public interface Supervision extends OpenSupervisionUseCase, TrackProgressUseCase {

  boolean isSupervised(String subject);
}
