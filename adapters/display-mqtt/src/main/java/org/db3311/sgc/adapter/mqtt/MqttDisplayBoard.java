package org.db3311.sgc.adapter.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.DisplayBoard;
import org.db3311.sgc.core.intake.QueueCall;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * The hall's screens over MQTT 5 (Eclipse Paho): the screen above each window shows the window's
 * function (5.3.5) and the number called to it (按序叫号, 7.2.1.3), and the zone-map screen shows the
 * function zones and windows (功能区分布图, 5.3.5).
 *
 * <p><b>Topics</b> (all messages retained, QoS 1, so a screen that subscribes late — or comes back
 * after a power cut — shows the current state at once):
 *
 * <ul>
 *   <li>{@code <prefix>/<center>/window/<label>} — one per window, e.g. {@code
 *       sgc/331121/window/3}: {@code
 *       {"window":"3","function":"综合受理","number":"A0007","announcement":"请 A0007 号到 3
 *       号窗口","calledAt":"2026-12-31T16:00:05Z"}}; before the first call {@code number}, {@code
 *       announcement} and {@code calledAt} are {@code null}, and {@code function} is {@code null}
 *       for a window the hall layout does not list
 *   <li>{@code <prefix>/<center>/zone-map} — {@code
 *       {"center":"331121","zones":[{"kind":"RECEPTION",
 *       "name":"综合接待区","functions":[{"code":"WAITING","name":"等候"},…]},…],"windows":[{"window":"1",
 *       "function":"综合受理"},…]}}
 *   <li>{@code <prefix>/<center>/status} — {@code online} while the board is connected; the broker
 *       publishes {@code offline} (the board's will) when the connection is lost, and the board
 *       publishes it when closed
 * </ul>
 *
 * Payloads are JSON in UTF-8, marked as such (MQTT 5 payload-format indicator and content type
 * {@code application/json}).
 *
 * <p><b>Failures.</b> Starting fails fast ({@link DisplayUnavailableException}) when the broker
 * cannot be reached. Afterwards {@link #show} never blocks and never fails for the broker: the
 * board keeps each window's latest state, the client reconnects by itself, and on every
 * reconnection the board publishes the latest state of every screen again, so a call made while the
 * broker was away reaches the screens when it returns. {@link #health()} says whether it is
 * connected now.
 */
@Implements({"5.3.5", "7.2.1.3"})
public final class MqttDisplayBoard implements DisplayBoard, AutoCloseable {

  private static final int QOS = 1;

  private final MqttDisplaySettings settings;
  private final HallLayout layout;
  private final MqttAsyncClient client;
  private final Map<String, byte[]> latest = new LinkedHashMap<>();
  private final AtomicReference<String> lastProblem = new AtomicReference<>();
  private volatile boolean closed;

  /** Connects to the broker and publishes the zone map and every window's function. */
  public MqttDisplayBoard(MqttDisplaySettings settings, HallLayout layout) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.layout = Objects.requireNonNull(layout, "layout");
    for (ServiceWindow w : layout.windows()) {
      settings.windowTopic(w.label()); // every label must be a topic level: fail before connecting
    }
    try {
      client =
          new MqttAsyncClient(
              settings.broker().toString(), settings.clientId(), new MemoryPersistence());
    } catch (MqttException e) {
      throw new IllegalArgumentException("cannot create an MQTT client: " + e.getMessage(), e);
    }
    client.setCallback(new Reconnection());
    synchronized (latest) {
      latest.put(settings.zoneMapTopic(), DisplayPayloads.zoneMap(settings.center(), layout));
      for (ServiceWindow w : layout.windows()) {
        latest.put(
            settings.windowTopic(w.label()),
            DisplayPayloads.window(w.label(), Optional.of(w.function()), Optional.empty()));
      }
    }
    try {
      client.connect(options()).waitForCompletion(settings.connectTimeout().toMillis());
    } catch (MqttException e) {
      closeQuietly();
      throw new DisplayUnavailableException(
          "the display broker "
              + settings.broker()
              + " cannot be reached: "
              + e.getMessage()
              + " (reason "
              + e.getReasonCode()
              + ")",
          e);
    }
    publishAll();
  }

  /** Reads {@link MqttDisplaySettings} from the properties and connects. */
  public static MqttDisplayBoard from(Properties properties, HallLayout layout) {
    return new MqttDisplayBoard(MqttDisplaySettings.from(properties), layout);
  }

  private MqttConnectionOptions options() {
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setCleanStart(true);
    o.setSessionExpiryInterval(0L);
    o.setAutomaticReconnect(true);
    o.setAutomaticReconnectDelay(1, 30);
    o.setConnectionTimeout((int) Math.max(1, settings.connectTimeout().toSeconds()));
    o.setKeepAliveInterval(30);
    settings.username().ifPresent(o::setUserName);
    settings.password().ifPresent(p -> o.setPassword(p.getBytes(StandardCharsets.UTF_8)));
    o.setWill(
        settings.statusTopic(), message("offline".getBytes(StandardCharsets.UTF_8), "text/plain"));
    return o;
  }

  /**
   * Shows the call on its window's screen. Never blocks on the broker: when it is away, the call is
   * kept and published on reconnection.
   *
   * @throws IllegalArgumentException when the window's label cannot be a topic level
   * @throws IllegalStateException when the board is closed
   */
  @Override
  public void show(QueueCall call) {
    Objects.requireNonNull(call, "call");
    if (closed) {
      throw new IllegalStateException("the display board is closed");
    }
    String topic = settings.windowTopic(call.window());
    byte[] payload =
        DisplayPayloads.window(call.window(), layout.functionOf(call.window()), Optional.of(call));
    synchronized (latest) {
      latest.put(topic, payload);
      publish(topic, payload, "application/json");
    }
  }

  /** Whether the board is connected to the broker now, with the last problem met. */
  public Health health() {
    boolean up = !closed && client.isConnected();
    String problem = lastProblem.get();
    return new Health(
        up,
        (up ? "connected to " : "not connected to ")
            + settings.broker()
            + "; "
            + windowsShown()
            + " screen topics held"
            + (problem == null ? "" : "; last problem: " + problem));
  }

  /** What {@link #health()} found. */
  public record Health(boolean up, String detail) {}

  public MqttDisplaySettings settings() {
    return settings;
  }

  /** Says {@code offline} on the status topic, disconnects and releases the client. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (client.isConnected()) {
        client
            .publish(
                settings.statusTopic(),
                message("offline".getBytes(StandardCharsets.UTF_8), "text/plain"))
            .waitForCompletion(settings.connectTimeout().toMillis());
        client.disconnect().waitForCompletion(settings.connectTimeout().toMillis());
      }
    } catch (MqttException e) {
      lastProblem.set("closing: " + e.getMessage());
    } finally {
      closeQuietly();
    }
  }

  private int windowsShown() {
    synchronized (latest) {
      return latest.size() - 1;
    }
  }

  private void publishAll() {
    synchronized (latest) {
      publish(settings.statusTopic(), "online".getBytes(StandardCharsets.UTF_8), "text/plain");
      for (Map.Entry<String, byte[]> e : latest.entrySet()) {
        publish(e.getKey(), e.getValue(), "application/json");
      }
    }
  }

  /** Publishes without waiting; a failure is recorded and repaired by the next reconnection. */
  private void publish(String topic, byte[] payload, String contentType) {
    if (closed || !client.isConnected()) {
      lastProblem.set(Instant.now() + " not connected; " + topic + " kept for reconnection");
      return;
    }
    try {
      client.publish(topic, message(payload, contentType));
    } catch (MqttException e) {
      lastProblem.set(Instant.now() + " publishing " + topic + ": " + e.getMessage());
    }
  }

  private static MqttMessage message(byte[] payload, String contentType) {
    MqttMessage m = new MqttMessage(payload, QOS, true, null);
    MqttProperties p = new MqttProperties();
    p.setPayloadFormat(true);
    p.setContentType(contentType + "; charset=utf-8");
    m.setProperties(p);
    return m;
  }

  private void closeQuietly() {
    try {
      client.close(true);
    } catch (MqttException e) {
      lastProblem.set("releasing the client: " + e.getMessage());
    }
  }

  /** Publishes every screen's latest state again after each automatic reconnection. */
  private final class Reconnection implements MqttCallback {
    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
      if (reconnect) {
        publishAll();
      }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
      String why =
          response.getException() != null
              ? response.getException().getMessage()
              : response.getReasonString();
      lastProblem.set(Instant.now() + " connection lost: " + why);
    }

    @Override
    public void mqttErrorOccurred(MqttException e) {
      lastProblem.set(Instant.now() + " " + e.getMessage());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {}

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
  }
}
