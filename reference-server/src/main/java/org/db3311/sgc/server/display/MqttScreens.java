package org.db3311.sgc.server.display;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.db3311.sgc.adapter.mqtt.MqttDisplayBoard;
import org.db3311.sgc.core.intake.DisplayBoard;
import org.db3311.sgc.core.intake.QueueCall;

/**
 * A county's MQTT screens, connected in the background: the adapter's board fails its constructor
 * when the broker cannot be reached, and neither the start of the server nor a call at a window may
 * wait for the broker. Until the first connection succeeds (tried again every {@code
 * sgc.display.mqtt.retry}) the latest call of each window is kept and shown as soon as the board is
 * connected; afterwards the adapter keeps and republishes the screens itself.
 */
final class MqttScreens implements DisplayBoard, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(MqttScreens.class.getName());

  /** What the health check reports. */
  record Health(boolean up, String detail) {}

  private final String broker;
  private final Supplier<MqttDisplayBoard> connect;
  private final Duration retry;
  private final Clock clock;
  private final Map<String, QueueCall> pending = new LinkedHashMap<>();
  private final Thread connector;
  private MqttDisplayBoard board; // guarded by this
  private String problem; // guarded by this
  private boolean closed; // guarded by this

  MqttScreens(String broker, Supplier<MqttDisplayBoard> connect, Duration retry, Clock clock) {
    this.broker = Objects.requireNonNull(broker, "broker");
    this.connect = Objects.requireNonNull(connect, "connect");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.connector = Thread.ofVirtual().name("sgc-display-mqtt-" + broker).start(this::connect);
  }

  private void connect() {
    while (true) {
      synchronized (this) {
        if (closed) {
          return;
        }
      }
      try {
        MqttDisplayBoard b = connect.get();
        synchronized (this) {
          if (closed) {
            b.close();
            return;
          }
          board = b;
          problem = null;
          pending.values().forEach(b::show);
          pending.clear();
        }
        LOG.info(() -> "display screens: " + b.health().detail());
        return;
      } catch (RuntimeException e) {
        synchronized (this) {
          problem = clock.instant() + " " + e.getMessage();
        }
        LOG.log(
            Level.WARNING,
            "display screens: the broker "
                + broker
                + " cannot be reached; trying again in "
                + retry
                + ": "
                + e.getMessage());
      }
      try {
        Thread.sleep(retry);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public synchronized void show(QueueCall call) {
    if (closed) {
      throw new IllegalStateException("the MQTT screens are closed");
    }
    if (board == null) {
      pending.remove(call.window()); // keeps the windows in the order of their latest calls
      pending.put(call.window(), call);
      return;
    }
    board.show(call);
  }

  synchronized Health health() {
    if (board == null) {
      return new Health(
          false,
          "not connected to "
              + broker
              + "; trying every "
              + retry
              + "; "
              + pending.size()
              + " calls kept for the screens"
              + (problem == null ? "" : "; last problem: " + problem));
    }
    MqttDisplayBoard.Health h = board.health();
    return new Health(h.up(), h.detail());
  }

  @Override
  public void close() {
    MqttDisplayBoard b;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      b = board;
    }
    connector.interrupt();
    if (b != null) {
      b.close();
    }
  }
}
