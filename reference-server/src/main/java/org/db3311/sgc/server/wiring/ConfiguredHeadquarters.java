package org.db3311.sgc.server.wiring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.db3311.sgc.core.emergency.EmergencyHeadquarters;
import org.db3311.sgc.core.emergency.Incident;
import org.db3311.sgc.core.emergency.IncidentGrade;
import org.db3311.sgc.core.emergency.ResponsePlan;
import org.eclipse.microprofile.config.Config;

/**
 * The county emergency headquarters (县级应急指挥部) as configured: its name and the response plans it
 * holds. No headquarters system offers an interface to call, so an activation is recorded on the
 * incident by the core and written to the log (plan and incident only, no personal data) for the
 * people on duty; a county with such a system replaces this class.
 *
 * <p>{@value #PLANS_KEY}: entries separated by {@code ;}, each {@code id=title:grades} with grades
 * among I, II, III, IV separated by commas. By default the county's overall plan (总体应急预案) for every
 * grade, which every county holds.
 */
final class ConfiguredHeadquarters implements EmergencyHeadquarters {
  static final String NAME_KEY = "sgc.emergency.headquarters";
  static final String PLANS_KEY = "sgc.emergency.plans";
  static final String DEFAULT_PLANS = "overall=突发事件总体应急预案:I,II,III,IV";

  private static final Logger LOG = Logger.getLogger(ConfiguredHeadquarters.class.getName());

  private final String name;
  private final List<ResponsePlan> plans;

  ConfiguredHeadquarters(String name, List<ResponsePlan> plans) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(NAME_KEY + " names the headquarters");
    }
    this.name = name;
    this.plans = List.copyOf(plans);
  }

  static ConfiguredHeadquarters from(Config config) {
    return new ConfiguredHeadquarters(
        config.getOptionalValue(NAME_KEY, String.class).orElse("县应急指挥部"),
        parse(config.getOptionalValue(PLANS_KEY, String.class).orElse(DEFAULT_PLANS)));
  }

  static List<ResponsePlan> parse(String text) {
    List<ResponsePlan> plans = new ArrayList<>();
    for (String entry : text.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int eq = entry.indexOf('=');
      int colon = entry.lastIndexOf(':');
      if (eq <= 0 || colon < eq) {
        throw new IllegalArgumentException(
            PLANS_KEY + ": '" + entry.strip() + "' is not id=title:grades, e.g. " + DEFAULT_PLANS);
      }
      EnumSet<IncidentGrade> grades = EnumSet.noneOf(IncidentGrade.class);
      for (String g : entry.substring(colon + 1).split(",")) {
        try {
          grades.add(IncidentGrade.valueOf(g.strip()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              PLANS_KEY
                  + ": grade '"
                  + g.strip()
                  + "' is not one of "
                  + Arrays.toString(IncidentGrade.values()),
              e);
        }
      }
      plans.add(
          new ResponsePlan(
              entry.substring(0, eq).strip(), entry.substring(eq + 1, colon).strip(), grades));
    }
    if (plans.isEmpty()) {
      throw new IllegalArgumentException(PLANS_KEY + " names at least one plan");
    }
    return plans;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ResponsePlan> plans() {
    return plans;
  }

  @Override
  public void activate(ResponsePlan plan, Incident incident) {
    LOG.info(() -> name + ": plan " + plan.id() + " activated for incident " + incident.id());
  }
}
