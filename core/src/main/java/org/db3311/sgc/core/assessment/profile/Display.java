package org.db3311.sgc.core.assessment.profile;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A screen of the display system (8.1.3).
 *
 * @param name which screen, e.g. 指挥大厅主屏
 * @param sizeInches diagonal in inches, a {@link Quantity#DISPLAY_DIAGONAL}
 * @param physicalResolution the panel's physical resolution
 */
public record Display(String name, BigDecimal sizeInches, Resolution physicalResolution) {

  public Display {
    Checks.text(name, "display name");
    sizeInches = Quantity.DISPLAY_DIAGONAL.check(sizeInches, "display size");
    Objects.requireNonNull(physicalResolution, "display resolution");
  }
}
