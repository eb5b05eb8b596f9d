package org.db3311.sgc.core.assessment.profile;

import java.util.Objects;

/**
 * What is shown directly above a window (5.3.5).
 *
 * @param kind an electronic screen or another means
 * @param text the function it shows
 */
public record WindowScreen(WindowScreenKind kind, String text) {

  public WindowScreen {
    Objects.requireNonNull(kind, "window screen kind");
    Checks.text(text, "window screen text");
  }
}
