package org.db3311.sgc.server.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.DivisionRegistry;
import org.db3311.sgc.server.wiring.Centers;

/**
 * The units the server knows of, offered by name in the triage and referral forms so that nobody
 * has to remember a unit's code. There is no unit directory yet, so the list is gathered from what
 * the server holds: the units the core's default configuration names (the center's own, the county
 * departments and committees its routing table sends disputes to, the city's), the county's
 * townships and streets (乡镇（街道）) from the division table intake checks places against, and every
 * unit that has a supervision file now. It may be incomplete — a unit nothing has named yet is
 * missing — so the forms keep free entry beside it.
 */
public final class KnownUnits {
  private KnownUnits() {}

  private static final Logger LOG = Logger.getLogger(KnownUnits.class.getName());

  /**
   * A unit as a form offers it: the code the API takes, the name a person reads, and the name's
   * language when it is not the page's (a township's official Chinese name on an English page).
   */
  public record Unit(String code, String name, String lang) {
    public Unit(String code, String name) {
      this(code, name, null);
    }

    /** Whether the unit has a name besides its code. */
    public boolean named() {
      return !name.equals(code);
    }

    /** How the unit reads in a list: its name and code, or the code alone when it has no name. */
    public String label() {
      return name.equals(code) ? code : name + " (" + code + ")";
    }
  }

  /**
   * The units the core's default configuration names and the server keeps: the center's triaging
   * unit and its leadership (escalation), the departments and committees of the default routing
   * table (6.2.1.1), the county health authority (the epidemic mode's default), the city's center
   * and mediation center. Their names are texts ({@code unit.<code>}).
   */
  static final List<String> CONFIGURED =
      List.of(
          "center-dispatch",
          "center-intake",
          "center-leadership",
          "county-mediation-committee",
          "county-justice-bureau",
          "county-labour-arbitration",
          "county-medical-mediation-committee",
          "county-natural-resources",
          "county-health",
          "city-governance-center",
          "city-mediation-center");

  /** The units of county {@code c}, named in the request's language where a text names them. */
  static List<Unit> of(Centers.County c, DivisionRegistry divisions) {
    ConsoleTexts t = ConsoleTexts.current();
    Map<String, Unit> named = new LinkedHashMap<>();
    CONFIGURED.forEach(u -> named.put(u, new Unit(u, t.lookup("unit." + u))));
    // the division table's names are the official Chinese ones, marked so on an English page
    String chinese = t.english() ? "zh-CN" : null;
    divisions
        .townships(c.code())
        .forEach((code, name) -> named.put(code.value(), new Unit(code.value(), name, chinese)));
    try {
      // from the files' counts alone, read afresh for every form: the overview would also read
      // every file awaiting an applicant, which no form needs
      c.center().supervision().unitsWithFiles().stream()
          .map(UnitId::value)
          .forEach(u -> named.putIfAbsent(u, new Unit(u, u)));
    } catch (RuntimeException e) {
      // the units named above are still offered, and free entry takes the others
      LOG.log(Level.WARNING, "the units with supervision files could not be read", e);
    }
    return List.copyOf(new ArrayList<>(named.values()));
  }
}
