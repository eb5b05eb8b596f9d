package org.db3311.sgc.server.wiring;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.guidance.GrassrootsUnit;
import org.eclipse.microprofile.config.Config;

/**
 * The duty mobile numbers (值班手机) of grassroots units, to which guidance supervision notices (6.8)
 * go as text messages: {@code sgc.guidance.duty-mobile.<unit code>=<mobile number>}, e.g. {@code
 * sgc.guidance.duty-mobile.331102001=13905781234}. A unit without one gets the notice in its inbox.
 * A value that is not a mobile number fails the start, naming the property (never the number).
 */
final class ConfiguredDutyMobiles implements Function<GrassrootsUnit, Optional<PhoneNumber>> {

  static final String PREFIX = "sgc.guidance.duty-mobile.";

  private final Map<String, PhoneNumber> byUnit;

  ConfiguredDutyMobiles(Map<String, PhoneNumber> byUnit) {
    this.byUnit = Map.copyOf(byUnit);
  }

  static ConfiguredDutyMobiles from(Config config) {
    Map<String, String> properties = new TreeMap<>();
    for (String name : config.getPropertyNames()) {
      if (name.startsWith(PREFIX)) {
        properties.put(name, config.getValue(name, String.class));
      }
    }
    return parse(properties);
  }

  /** The duty mobiles among {@code properties} (other keys are ignored). */
  static ConfiguredDutyMobiles parse(Map<String, String> properties) {
    Map<String, PhoneNumber> byUnit = new TreeMap<>();
    for (Map.Entry<String, String> p : properties.entrySet()) {
      String name = p.getKey();
      if (!name.startsWith(PREFIX)) {
        continue;
      }
      String unit = name.substring(PREFIX.length()).strip();
      if (!unit.matches("[0-9]{6,12}")) {
        throw new IllegalArgumentException(
            name + ": a duty mobile is keyed by the unit's division code (6–12 digits)");
      }
      PhoneNumber mobile;
      try {
        mobile = PhoneNumber.of(p.getValue());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + " is not a telephone number");
      }
      if (!mobile.isMobile()) {
        throw new IllegalArgumentException(name + " is not a mobile number: no text can reach it");
      }
      byUnit.put(unit, mobile);
    }
    return new ConfiguredDutyMobiles(byUnit);
  }

  /** How many units have a duty mobile. */
  int size() {
    return byUnit.size();
  }

  @Override
  public Optional<PhoneNumber> apply(GrassrootsUnit unit) {
    return Optional.ofNullable(byUnit.get(unit.code()));
  }
}
