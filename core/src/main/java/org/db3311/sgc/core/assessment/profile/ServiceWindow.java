package org.db3311.sgc.core.assessment.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * A service window (窗口) of the reception hall.
 *
 * @param label the window's number or label, e.g. 3
 * @param function the business it handles, e.g. 综合受理
 * @param screen what is shown above it, if anything
 */
public record ServiceWindow(String label, String function, Optional<WindowScreen> screen) {

  public ServiceWindow {
    Checks.text(label, "window label");
    Checks.text(function, "window function");
    Objects.requireNonNull(screen, "window screen");
  }
}
