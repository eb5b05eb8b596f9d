package org.db3311.sgc.server.wiring;

import java.lang.reflect.InvocationTargetException;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.common.DivisionCode;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A test seam: replaces one component of a county's {@link GovernanceCenter} as the server
 * assembles it, after every standard component is set, so the conformance kit's own tests can build
 * a deliberately broken deployment from the real server with exactly one rule bent (a calendar
 * counting calendar days, a notice that omits an item, …) and show that the kit catches it.
 *
 * <p>Named by the configuration key {@value #CONFIG_KEY} (a class with a public no-argument
 * constructor, on the class path); unset — as in every real deployment — the server is assembled
 * unchanged. A deployment never sets it.
 */
public interface CenterVariant {

  /** The configuration key naming the variant class. */
  String CONFIG_KEY = "sgc.test.center-variant";

  /**
   * Replaces what the variant bends in {@code builder}.
   *
   * @param county the county being assembled
   * @param store the county's store, for a variant that wraps one of the standard repositories
   * @param builder the center's builder with every standard component already set
   */
  void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder builder);

  /** The configured variant, or one that changes nothing. */
  static CenterVariant configured() {
    String name =
        ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, String.class).orElse("").strip();
    if (name.isEmpty()) {
      return (county, store, builder) -> {};
    }
    try {
      return (CenterVariant)
          Class.forName(name, true, Thread.currentThread().getContextClassLoader())
              .getConstructor()
              .newInstance();
    } catch (ClassNotFoundException
        | NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException
        | ClassCastException e) {
      throw new IllegalStateException(CONFIG_KEY + "=" + name + " is not a CenterVariant", e);
    }
  }
}
