package org.db3311.sgc.server.display;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.db3311.sgc.core.intake.DisplayBoard;
import org.db3311.sgc.core.intake.QueueCall;

/** The number last called to each window, as the API and the display pages show it. */
final class WindowStates implements DisplayBoard {

  private final Map<String, QueueCall> latest = new ConcurrentHashMap<>();

  @Override
  public void show(QueueCall call) {
    Objects.requireNonNull(call, "call");
    latest.put(call.window(), call);
  }

  Optional<QueueCall> latest(String window) {
    return Optional.ofNullable(latest.get(window));
  }
}
