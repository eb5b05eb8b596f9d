package org.db3311.sgc.core.assessment.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit (单位（中心）) that has entered the center, with how it entered (4.1.3.1).
 *
 * @param kind the Appendix A unit it is, or {@link UnitKind#OTHER}
 * @param name the unit's own name, e.g. 青田县人民法院诉讼服务中心
 * @param mode resident, rotating, phased or on call; only resident counts for Appendix A (R4)
 * @param form whole unit or team, where recorded (Appendix A asks it of designated units)
 */
public record EnteredUnit(UnitKind kind, String name, EntryMode mode, Optional<EntryForm> form) {

  public EnteredUnit {
    Objects.requireNonNull(kind, "unit kind");
    Checks.text(name, "unit name");
    Objects.requireNonNull(mode, "entry mode");
    Objects.requireNonNull(form, "entry form");
  }

  public static EnteredUnit resident(UnitKind kind, String name) {
    return new EnteredUnit(kind, name, EntryMode.RESIDENT, Optional.of(EntryForm.WHOLE_UNIT));
  }

  public boolean isResident() {
    return mode == EntryMode.RESIDENT;
  }
}
