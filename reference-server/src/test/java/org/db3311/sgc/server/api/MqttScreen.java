package org.db3311.sgc.server.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * A hall screen played by an MQTT client of its own (a second Paho client with its own connection
 * and id, sharing nothing with the server's board): it subscribes to one topic on the real broker
 * and reads what the screen would show.
 */
final class MqttScreen implements AutoCloseable {

  /** One message as the screen received it. */
  record Shown(String topic, String text, boolean retained) {
    JsonObject json() {
      return Json.createReader(new StringReader(text)).readObject();
    }
  }

  private final MqttClient client;
  private final String topic;
  private final BlockingQueue<Shown> shown = new LinkedBlockingQueue<>();

  private MqttScreen(String broker, String topic) throws MqttException {
    this.topic = topic;
    this.client =
        new MqttClient(broker, "sgc-test-screen-" + UUID.randomUUID(), new MemoryPersistence());
    client.setCallback(
        new MqttCallback() {
          @Override
          public void messageArrived(String t, MqttMessage m) {
            shown.add(
                new Shown(t, new String(m.getPayload(), StandardCharsets.UTF_8), m.isRetained()));
          }

          @Override
          public void disconnected(MqttDisconnectResponse r) {}

          @Override
          public void mqttErrorOccurred(MqttException e) {}

          @Override
          public void deliveryComplete(IMqttToken token) {}

          @Override
          public void connectComplete(boolean reconnect, String uri) {}

          @Override
          public void authPacketArrived(int reason, MqttProperties p) {}
        });
    connect();
  }

  /** A screen switched on: connects and subscribes to {@code topic}. */
  static MqttScreen watching(String broker, String topic) throws MqttException {
    return new MqttScreen(broker, topic);
  }

  private void connect() throws MqttException {
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setCleanStart(true);
    o.setSessionExpiryInterval(0L);
    client.connect(o);
    client.subscribe(topic, 1);
  }

  /** The screen loses its connection (a power cut): nothing reaches it meanwhile. */
  void switchOff() throws MqttException {
    client.disconnect();
    shown.clear();
  }

  /** The screen comes back: connects again and subscribes afresh. */
  void switchOn() throws MqttException {
    connect();
  }

  /** The next message, or empty when none comes within {@code timeout}. */
  Optional<Shown> next(Duration timeout) throws InterruptedException {
    return Optional.ofNullable(shown.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** Clears the retained messages of the topics (an empty retained message each). */
  static void clearRetained(String broker, String... topics) throws MqttException {
    MqttClient c =
        new MqttClient(broker, "sgc-test-clear-" + UUID.randomUUID(), new MemoryPersistence());
    c.connect();
    for (String t : topics) {
      c.publish(t, new byte[0], 1, true);
    }
    c.disconnect();
    c.close();
  }

  @Override
  public void close() throws MqttException {
    if (client.isConnected()) {
      client.disconnect();
    }
    client.close();
  }
}
