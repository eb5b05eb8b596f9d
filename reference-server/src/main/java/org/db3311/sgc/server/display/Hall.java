package org.db3311.sgc.server.display;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.adapter.mqtt.HallLayout;
import org.db3311.sgc.adapter.profilejson.JsonCenterProfileCodec;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Facility;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.catalog.Implements;

/**
 * A county's hall as its center profile records it: the function zones and the windows with their
 * functions, and the public service facilities — what the zone map marks (5.3.5:
 * 醒目位置应设有功能区分布图，标注公共服务设施和窗口位置) and what the screen above each window shows (5.3.5:
 * 窗口正上方采用电子屏幕等方式标示对应的窗口功能).
 *
 * @param profile the center profile the hall is read from
 * @param source where it was read from: a file, or the shipped example
 */
@Implements("5.3.5")
public record Hall(CenterProfile profile, String source) {

  /** The example profile whose hall a deployment without {@code sgc.display.hall-profile} shows. */
  public static final String EXAMPLE = "tier1-conformant.json";

  public Hall {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(source, "source");
    layout(profile); // every window once
  }

  /** Reads the profile at {@code file}, or the shipped example; a bad profile fails the start. */
  static Hall load(Optional<Path> file) {
    JsonCenterProfileCodec codec = new JsonCenterProfileCodec();
    if (file.isEmpty()) {
      return new Hall(
          codec.parseOrThrow(JsonCenterProfileCodec.example(EXAMPLE)),
          "example profile " + EXAMPLE);
    }
    String json;
    try {
      json = Files.readString(file.get(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "sgc.display.hall-profile: cannot read " + file.get() + ": " + e.getMessage(), e);
    }
    try {
      return new Hall(codec.parseOrThrow(json), file.get().toString());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "sgc.display.hall-profile: " + file.get() + " is not a center profile: " + e.getMessage(),
          e);
    }
  }

  private static HallLayout layout(CenterProfile profile) {
    return HallLayout.of(profile);
  }

  public HallLayout layout() {
    return layout(profile);
  }

  public List<ServiceWindow> windows() {
    return profile.windows();
  }

  /** The window with the label, if the hall has it. */
  public Optional<ServiceWindow> window(String label) {
    return profile.windows().stream().filter(w -> w.label().equals(label)).findFirst();
  }

  /**
   * The public service facilities the zone map marks: the profile's service and public facilities
   * of 5.2, not the office ones (desks, telephones, computers, printers).
   */
  public List<Facility> facilities() {
    return profile.facilities().stream().filter(f -> !OFFICE.contains(f)).sorted().toList();
  }

  private static final java.util.Set<Facility> OFFICE =
      java.util.EnumSet.of(
          Facility.DESKS_AND_CHAIRS, Facility.TELEPHONES, Facility.COMPUTERS, Facility.PRINTERS);
}
