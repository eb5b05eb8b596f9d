package org.db3311.sgc.adapter.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.db3311.sgc.core.common.IntegrationEvent;

/**
 * Publishes integration events to the topic exchange of {@link AmqpSettings}: routing key = the
 * event's type ({@code Matter.ACCEPT}), persistent messages (delivery mode 2) with the event id as
 * message id, on a channel in confirm mode. {@link #publish} returns only once the broker has
 * confirmed every message of the batch, which is when a relay may mark them published.
 *
 * <p>One publisher holds one connection and is used by one thread at a time.
 */
public final class AmqpEventPublisher implements AutoCloseable {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final AmqpSettings settings;
  private final Connection connection;
  private final Channel channel;
  private final Duration confirmTimeout;

  private AmqpEventPublisher(
      AmqpSettings settings, Connection connection, Channel channel, Duration confirmTimeout) {
    this.settings = settings;
    this.connection = connection;
    this.channel = channel;
    this.confirmTimeout = confirmTimeout;
  }

  /**
   * Connects, declares the exchange (durable, topic) and puts the channel in confirm mode.
   *
   * @throws AmqpUnavailableException naming the broker and the reason when it cannot be reached,
   *     refuses the credentials, or holds an exchange of that name of another kind
   */
  public static AmqpEventPublisher connect(AmqpSettings settings, Duration confirmTimeout) {
    Objects.requireNonNull(settings, "settings");
    if (confirmTimeout == null || confirmTimeout.isNegative() || confirmTimeout.isZero()) {
      throw new IllegalArgumentException("the confirm timeout must be positive: " + confirmTimeout);
    }
    Connection connection = open(settings, "sgc-publisher");
    try {
      Channel channel = connection.createChannel();
      channel.exchangeDeclare(settings.exchange(), BuiltinExchangeType.TOPIC, true);
      channel.confirmSelect();
      return new AmqpEventPublisher(settings, connection, channel, confirmTimeout);
    } catch (IOException | RuntimeException e) {
      closeQuietly(connection);
      throw new AmqpUnavailableException(
          "the broker at "
              + settings.address()
              + " refused exchange "
              + settings.exchange()
              + " (durable topic): "
              + AmqpConnections.reason(e),
          e);
    }
  }

  /**
   * Publishes the events in their order and waits for the broker's confirms.
   *
   * @throws AmqpUnavailableException when the connection fails, the broker refuses (nacks) a
   *     message or does not confirm within the timeout: then none of the batch counts as published
   */
  public void publish(List<IntegrationEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    try {
      for (IntegrationEvent e : events) {
        channel.basicPublish(
            settings.exchange(), e.type(), false, properties(e), IntegrationEventJson.write(e));
      }
      if (!channel.waitForConfirms(confirmTimeout.toMillis())) {
        throw new AmqpUnavailableException(
            "the broker at " + settings.address() + " refused (nack) a message of the batch", null);
      }
    } catch (IOException | TimeoutException | RuntimeException e) {
      if (e instanceof AmqpUnavailableException a) {
        throw a;
      }
      throw new AmqpUnavailableException(
          "publishing to " + settings.address() + " failed: " + AmqpConnections.reason(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AmqpUnavailableException("interrupted waiting for the broker's confirms", e);
    }
  }

  static AMQP.BasicProperties properties(IntegrationEvent e) {
    return new AMQP.BasicProperties.Builder()
        .contentType(IntegrationEventJson.CONTENT_TYPE)
        .contentEncoding("UTF-8")
        .deliveryMode(2)
        .messageId(e.eventId())
        .type(e.type())
        .timestamp(Date.from(e.occurredAt()))
        .headers(
            Map.of(
                "aggregate-type", e.aggregateType(),
                "aggregate-id", e.aggregateId(),
                "sequence", e.sequence(),
                "schema-version", e.schemaVersion()))
        .build();
  }

  /** Whether the connection and channel are open. */
  public boolean isOpen() {
    return connection.isOpen() && channel.isOpen();
  }

  /** Tries to reach the broker with the settings (connect, then close). */
  public static AmqpHealth health(AmqpSettings settings) {
    try {
      Connection c = open(settings, "sgc-health");
      String version = String.valueOf(c.getServerProperties().get("version"));
      closeQuietly(c);
      return new AmqpHealth(
          true, "broker reachable at " + settings.address() + ", RabbitMQ " + version);
    } catch (AmqpUnavailableException e) {
      return new AmqpHealth(false, e.getMessage());
    }
  }

  static Connection open(AmqpSettings settings, String name) {
    ConnectionFactory f = new ConnectionFactory();
    f.setHost(settings.host());
    f.setPort(settings.port());
    f.setVirtualHost(settings.vhost());
    f.setUsername(settings.user());
    f.setPassword(settings.password());
    f.setConnectionTimeout((int) CONNECT_TIMEOUT.toMillis());
    f.setHandshakeTimeout((int) CONNECT_TIMEOUT.toMillis());
    f.setAutomaticRecoveryEnabled(false);
    try {
      return f.newConnection(name);
    } catch (IOException | TimeoutException | RuntimeException e) {
      throw new AmqpUnavailableException(
          "cannot reach the broker at " + settings.address() + ": " + AmqpConnections.reason(e), e);
    }
  }

  static void closeQuietly(Connection c) {
    try {
      c.abort(1_000);
    } catch (RuntimeException ignored) {
      // closing a broken connection: nothing more to do
    }
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }
}
