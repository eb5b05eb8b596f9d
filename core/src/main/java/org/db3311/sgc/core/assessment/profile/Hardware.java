package org.db3311.sgc.core.assessment.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The center's information hardware (硬件设施, 8.1).
 *
 * @param rooms rooms for information systems (8.1.1)
 * @param systems systems installed (8.1.1)
 * @param bandwidthMbps network bandwidth in Mbps, where known (8.1.2), a {@link Quantity#BANDWIDTH}
 * @param networkEquipment communications hardware (8.1.2)
 * @param displays screens of the display system (8.1.3)
 * @param displayComponents other parts of the display system (8.1.3)
 * @param videoConference the video-conference system, if any (8.1.4)
 * @param functionalDevices functional devices (8.1.5)
 */
public record Hardware(
    Set<HardwareRoom> rooms,
    Set<HardwareSystem> systems,
    Optional<BigDecimal> bandwidthMbps,
    Set<NetworkEquipment> networkEquipment,
    List<Display> displays,
    Set<DisplayComponent> displayComponents,
    Optional<VideoConference> videoConference,
    Set<FunctionalDevice> functionalDevices) {

  /** A center without any recorded hardware. */
  public static final Hardware NONE =
      new Hardware(
          Set.of(),
          Set.of(),
          Optional.empty(),
          Set.of(),
          List.of(),
          Set.of(),
          Optional.empty(),
          Set.of());

  public Hardware {
    rooms = Checks.enums(HardwareRoom.class, rooms, "hardware rooms");
    systems = Checks.enums(HardwareSystem.class, systems, "hardware systems");
    Objects.requireNonNull(bandwidthMbps, "bandwidth");
    bandwidthMbps = bandwidthMbps.map(b -> Quantity.BANDWIDTH.check(b, "bandwidth"));
    networkEquipment = Checks.enums(NetworkEquipment.class, networkEquipment, "network equipment");
    displays = Checks.list(displays, "displays");
    displayComponents =
        Checks.enums(DisplayComponent.class, displayComponents, "display components");
    Objects.requireNonNull(videoConference, "video conference");
    functionalDevices =
        Checks.enums(FunctionalDevice.class, functionalDevices, "functional devices");
  }
}
