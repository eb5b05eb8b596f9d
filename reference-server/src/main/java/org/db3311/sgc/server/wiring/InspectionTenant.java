package org.db3311.sgc.server.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.DivisionCode;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The inspection tenant (检查租户): a county that exists only for conformance inspection, served like
 * any other county (its own schema) but on a clock of its own that the inspector can move. Off
 * unless {@code sgc.inspection.enabled=true}; its code is {@code sgc.inspection.county} (default
 * {@value #DEFAULT_COUNTY}, a county-level code of Lishui that no real county holds). Every other
 * county keeps the real clock.
 */
@ApplicationScoped
public class InspectionTenant {

  /** A county-level code under Lishui (3311) that no real county is assigned. */
  public static final String DEFAULT_COUNTY = "331199";

  private boolean enabled;
  private DivisionCode county;
  private TenantClock clock;

  /** For CDI. */
  protected InspectionTenant() {}

  InspectionTenant(boolean enabled, DivisionCode county, TenantClock clock) {
    this.enabled = enabled;
    this.county = county;
    this.clock = clock;
  }

  @jakarta.annotation.PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig();
    enabled = config.getOptionalValue("sgc.inspection.enabled", Boolean.class).orElse(false);
    county =
        DivisionCode.of(
            config
                .getOptionalValue("sgc.inspection.county", String.class)
                .orElse(DEFAULT_COUNTY)
                .strip());
    if (!county.isCountyLevel()) {
      throw new IllegalArgumentException(
          "sgc.inspection.county must be a county-level code, not " + county.value());
    }
    Path data =
        Path.of(config.getOptionalValue("sgc.data-dir", String.class).orElse("data"))
            .toAbsolutePath();
    clock =
        TenantClock.over(
            Clock.system(Wiring.ZONE),
            enabled
                ? Optional.of(data.resolve("inspection").resolve(county.value() + ".clock"))
                : Optional.empty());
  }

  public boolean enabled() {
    return enabled;
  }

  /** The tenant's county code (meaningful only when {@link #enabled()}). */
  public DivisionCode county() {
    return county;
  }

  /** Whether {@code code} is the tenant, with the tenant on. */
  public boolean is(DivisionCode code) {
    return enabled && county.equals(code);
  }

  /** The tenant's movable clock. */
  public TenantClock clock() {
    return clock;
  }

  /** The clock {@code code} runs on: the tenant's own, or {@code real} for every other county. */
  public Clock clockOf(DivisionCode code, Clock real) {
    return is(code) ? clock : real;
  }

  /** The counties to serve: the configured ones, and the tenant when it is on. */
  public List<DivisionCode> served(List<DivisionCode> configured) {
    List<DivisionCode> all = new ArrayList<>(configured);
    if (enabled && !all.contains(county)) {
      all.add(county);
    }
    return all;
  }
}
