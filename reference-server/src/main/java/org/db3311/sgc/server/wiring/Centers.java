package org.db3311.sgc.server.wiring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * The governance centers a deployment runs, one per county-level division (县级社会治理中心). Each county
 * keeps its records in a store of its own (its own schema), so one county's counts, lists and
 * sweeps never include another's. A registration number names its county, so every request finds
 * its center. A county's store is opened on first use, so start-up does not wait for every county's
 * migrations.
 */
public final class Centers implements AutoCloseable {

  /** One county's center and the store it runs on. */
  public record County(DivisionCode code, GovernanceCenter center, JpaStore store) {

    /** Today in the center's zone, on the center's clock (the inspection tenant's is its own). */
    public LocalDate today() {
      return LocalDate.now(center.clock().withZone(Wiring.ZONE));
    }
  }

  private final List<DivisionCode> counties;
  private final Function<DivisionCode, County> open;
  private final Map<DivisionCode, County> opened = new ConcurrentHashMap<>();

  Centers(List<DivisionCode> counties, Function<DivisionCode, County> open) {
    this.counties = counties.stream().sorted((a, b) -> a.value().compareTo(b.value())).toList();
    this.open = open;
  }

  public List<DivisionCode> counties() {
    return counties;
  }

  /** The center of {@code county}, when this deployment serves it. */
  public Optional<County> of(DivisionCode county) {
    if (!counties.contains(county)) {
      return Optional.empty();
    }
    return Optional.of(opened.computeIfAbsent(county, open));
  }

  /** The center that registered {@code number}, when this deployment serves its county. */
  public Optional<County> of(RegistrationNumber number) {
    return of(number.county());
  }

  /**
   * Closes the store of {@code county} and hands its settings to {@code wipe} before anyone can
   * open it again (a request for the county waits meanwhile); the next use opens, and migrates, it
   * afresh. The inspection tenant's data removal runs through here.
   */
  public void reset(DivisionCode county, java.util.function.Consumer<JpaSettings> wipe) {
    JpaSettings settings = of(county).orElseThrow().store().settings();
    opened.compute(
        county,
        (code, c) -> {
          if (c != null) {
            c.store().close();
          }
          wipe.accept(settings);
          return null;
        });
  }

  /** The counties whose stores are open now. */
  public List<County> open() {
    return opened.values().stream().toList();
  }

  @Override
  public void close() {
    for (County c : opened.values()) {
      c.store().close();
    }
    opened.clear();
  }
}
