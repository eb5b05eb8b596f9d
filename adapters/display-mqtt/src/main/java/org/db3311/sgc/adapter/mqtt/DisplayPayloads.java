package org.db3311.sgc.adapter.mqtt;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.assessment.profile.Zone;
import org.db3311.sgc.core.assessment.profile.ZoneFunction;
import org.db3311.sgc.core.intake.QueueCall;

/** The JSON documents the screens receive, in UTF-8 (see {@link MqttDisplayBoard}). */
final class DisplayPayloads {

  private DisplayPayloads() {}

  /** A window's screen: its function and the number called to it, if any. */
  static byte[] window(String label, Optional<String> function, Optional<QueueCall> call) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("window", label);
    function.ifPresentOrElse(f -> o.add("function", f), () -> o.addNull("function"));
    call.ifPresentOrElse(
        c ->
            o.add("number", c.ticket().number())
                .add("announcement", c.announcement())
                .add("calledAt", c.calledAt().toString()),
        () -> o.addNull("number").addNull("announcement").addNull("calledAt"));
    return bytes(o);
  }

  /** The function-zone map: every zone with its functions, and every window with its function. */
  static byte[] zoneMap(String center, HallLayout layout) {
    JsonArrayBuilder zones = Json.createArrayBuilder();
    for (Zone z : layout.zones()) {
      JsonArrayBuilder functions = Json.createArrayBuilder();
      z.functions().stream()
          .sorted(Comparator.naturalOrder())
          .forEach(
              (ZoneFunction f) ->
                  functions.add(
                      Json.createObjectBuilder().add("code", f.name()).add("name", f.zh())));
      zones.add(
          Json.createObjectBuilder()
              .add("kind", z.kind().name())
              .add("name", z.kind().zh(layout.tier()))
              .add("functions", functions));
    }
    JsonArrayBuilder windows = Json.createArrayBuilder();
    for (ServiceWindow w : layout.windows()) {
      windows.add(
          Json.createObjectBuilder().add("window", w.label()).add("function", w.function()));
    }
    return bytes(
        Json.createObjectBuilder()
            .add("center", center)
            .add("zones", zones)
            .add("windows", windows));
  }

  private static byte[] bytes(JsonObjectBuilder o) {
    return o.build().toString().getBytes(StandardCharsets.UTF_8);
  }
}
