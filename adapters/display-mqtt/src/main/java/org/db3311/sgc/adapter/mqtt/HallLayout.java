package org.db3311.sgc.adapter.mqtt;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.assessment.profile.Zone;

/**
 * What the hall's screens show besides the calls: the function zones (5.1.2) for the zone map and
 * each window's function (5.3.5), as the center profile records them.
 *
 * @param tier the center's tier: the zone names follow its clause's wording (5.1.2.2.1, 5.1.2.2.2)
 * @param zones the function zones
 * @param windows the service windows, each label once
 */
public record HallLayout(Tier tier, List<Zone> zones, List<ServiceWindow> windows) {

  public HallLayout {
    Objects.requireNonNull(tier, "tier");
    zones = List.copyOf(zones);
    windows = List.copyOf(windows);
    Set<String> labels = new HashSet<>();
    for (ServiceWindow w : windows) {
      if (!labels.add(w.label())) {
        throw new IllegalArgumentException("window " + w.label() + " is listed twice");
      }
    }
  }

  /** The layout the center profile records. */
  public static HallLayout of(CenterProfile profile) {
    return new HallLayout(profile.tier(), profile.zones(), profile.windows());
  }

  /** The function of the window with the label, if the layout lists it. */
  public Optional<String> functionOf(String label) {
    return windows.stream()
        .filter(w -> w.label().equals(label))
        .map(ServiceWindow::function)
        .findFirst();
  }
}
