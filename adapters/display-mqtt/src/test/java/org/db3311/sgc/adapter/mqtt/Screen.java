package org.db3311.sgc.adapter.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PayloadFormatIndicator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A screen played by a second MQTT client, independent of the board's (HiveMQ's, not Paho's): it
 * subscribes to a topic filter on the real broker and keeps the latest message of each topic.
 */
final class Screen implements AutoCloseable {

  static final String HOST = "127.0.0.1";
  static final int PORT = 1883;

  /** A message as the screen received it. */
  record Received(String text, boolean retained, boolean utf8, Optional<String> contentType) {
    JsonObject json() {
      return Json.createReader(new StringReader(text)).readObject();
    }
  }

  private final Mqtt5AsyncClient client;
  private final Map<String, Received> latest = new ConcurrentHashMap<>();

  private Screen(String filter) {
    client =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("screen-" + UUID.randomUUID())
            .serverHost(HOST)
            .serverPort(PORT)
            .buildAsync();
    client.connect().orTimeout(10, TimeUnit.SECONDS).join();
    client
        .subscribeWith()
        .topicFilter(filter)
        .qos(MqttQos.AT_LEAST_ONCE)
        .callback(
            p ->
                latest.put(
                    p.getTopic().toString(),
                    new Received(
                        new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8),
                        p.isRetain(),
                        p.getPayloadFormatIndicator()
                            .map(f -> f == Mqtt5PayloadFormatIndicator.UTF_8)
                            .orElse(false),
                        p.getContentType().map(Object::toString))))
        .send()
        .orTimeout(10, TimeUnit.SECONDS)
        .join();
  }

  /** A screen switched on now, subscribed to the filter. */
  static Screen watching(String filter) {
    return new Screen(filter);
  }

  /**
   * Waits (up to 10 s) until the topic's latest message satisfies the condition, and returns it.
   */
  Received await(String topic, Predicate<Received> condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      Received r = latest.get(topic);
      if (r != null && condition.test(r)) {
        return r;
      }
      sleep();
    }
    throw new AssertionError(
        "the screen did not show the expected message on " + topic + "; it holds " + latest);
  }

  /** Waits until the topic's latest JSON message satisfies the condition. */
  JsonObject awaitJson(String topic, Predicate<JsonObject> condition) {
    return await(topic, r -> !r.text().isEmpty() && condition.test(r.json())).json();
  }

  /** Removes the retained messages of the topics (an empty retained message clears one). */
  static void clearRetained(List<String> topics) {
    Mqtt5AsyncClient c =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("cleaner-" + UUID.randomUUID())
            .serverHost(HOST)
            .serverPort(PORT)
            .buildAsync();
    c.connect().orTimeout(10, TimeUnit.SECONDS).join();
    for (String t : topics) {
      c.publishWith()
          .topic(t)
          .qos(MqttQos.AT_LEAST_ONCE)
          .retain(true)
          .payload(new byte[0])
          .send()
          .orTimeout(10, TimeUnit.SECONDS)
          .join();
    }
    c.disconnect().orTimeout(10, TimeUnit.SECONDS).join();
  }

  static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      sleep();
    }
    throw new AssertionError("gave up waiting: " + what);
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public void close() {
    client.disconnect().orTimeout(10, TimeUnit.SECONDS).join();
  }
}
