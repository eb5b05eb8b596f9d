package org.db3311.sgc.conformance;

import java.util.Optional;
import java.util.Set;

/**
 * What one run is told and finds out before its checks: where the kit may write and how.
 *
 * @param county the county the kit works in: the inspection tenant's county when the deployment has
 *     the tenant, else the county given with {@code --county}
 * @param tenant whether the county is the deployment's inspection tenant (own clock, removable
 *     data); without it the kit's records stay behind, tagged
 * @param otherCounty a county the token must NOT reach (division scoping)
 * @param readOnly no write at all
 * @param tag the run's tag, written into every record the kit creates
 * @param suites the suites to run (empty: all)
 */
public record RunSettings(
    String county,
    boolean tenant,
    String otherCounty,
    boolean readOnly,
    String tag,
    Set<String> suites,
    Optional<String> inspector) {
  public RunSettings {
    suites = Set.copyOf(suites);
  }

  public boolean selected(String suite) {
    return suites.isEmpty() || suites.contains(suite);
  }
}
