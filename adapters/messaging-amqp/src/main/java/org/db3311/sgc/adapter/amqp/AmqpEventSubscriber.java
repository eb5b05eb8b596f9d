package org.db3311.sgc.adapter.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.ItemFailure;
import org.db3311.sgc.core.common.ProcessedEvents;

/**
 * A consumer of the center's integration events: a durable queue bound to the exchange with the
 * given routing patterns ({@code Matter.*}, {@code #}), read one message at a time with manual
 * acknowledgement, in the order the broker delivers them. Publication is at least once, so each
 * event is first looked up in {@link ProcessedEvents}: an event handled before is acknowledged and
 * dropped; a new one is handed to the handler, recorded, then acknowledged.
 *
 * <p>A message that is not an integration event, or on which the handler throws, is reported to
 * {@code failures} and rejected without requeueing (give the queue a dead-letter exchange to keep
 * them), and the subscriber goes on with the next.
 */
public final class AmqpEventSubscriber implements AutoCloseable {

  private final Connection connection;
  private final Channel channel;
  private final String queue;
  private final AtomicLong handled = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();

  private AmqpEventSubscriber(Connection connection, Channel channel, String queue) {
    this.connection = connection;
    this.channel = channel;
    this.queue = queue;
  }

  /**
   * Declares the queue (durable), binds it to the exchange of {@code settings} with each pattern,
   * and starts consuming.
   *
   * @throws AmqpUnavailableException when the broker cannot be reached or refuses the queue
   */
  public static AmqpEventSubscriber start(
      AmqpSettings settings,
      String queue,
      List<String> patterns,
      ProcessedEvents processed,
      Consumer<IntegrationEvent> handler,
      BiConsumer<ItemFailure, RuntimeException> failures) {
    Objects.requireNonNull(settings, "settings");
    if (queue == null || queue.isBlank()) {
      throw new IllegalArgumentException("a subscriber needs a queue name");
    }
    if (patterns == null || patterns.isEmpty()) {
      throw new IllegalArgumentException("a subscriber needs routing patterns, e.g. Matter.* or #");
    }
    Objects.requireNonNull(processed, "processed");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(failures, "failures");
    Connection connection = AmqpEventPublisher.open(settings, "sgc-subscriber-" + queue);
    try {
      Channel channel = connection.createChannel();
      channel.exchangeDeclare(settings.exchange(), "topic", true);
      channel.queueDeclare(queue, true, false, false, null);
      for (String pattern : patterns) {
        channel.queueBind(queue, settings.exchange(), pattern);
      }
      channel.basicQos(1);
      AmqpEventSubscriber s = new AmqpEventSubscriber(connection, channel, queue);
      channel.basicConsume(queue, false, s.new Delivery(channel, processed, handler, failures));
      return s;
    } catch (IOException | RuntimeException e) {
      AmqpEventPublisher.closeQuietly(connection);
      throw new AmqpUnavailableException(
          "the broker at "
              + settings.address()
              + " refused queue "
              + queue
              + ": "
              + AmqpConnections.reason(e),
          e);
    }
  }

  private final class Delivery extends DefaultConsumer {
    private final ProcessedEvents processed;
    private final Consumer<IntegrationEvent> handler;
    private final BiConsumer<ItemFailure, RuntimeException> failures;

    Delivery(
        Channel channel,
        ProcessedEvents processed,
        Consumer<IntegrationEvent> handler,
        BiConsumer<ItemFailure, RuntimeException> failures) {
      super(channel);
      this.processed = processed;
      this.handler = handler;
      this.failures = failures;
    }

    @Override
    public void handleDelivery(
        String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
        throws IOException {
      long tag = envelope.getDeliveryTag();
      IntegrationEvent event;
      try {
        event = IntegrationEventJson.read(body);
      } catch (RuntimeException e) {
        String id =
            properties.getMessageId() == null ? "message " + tag : properties.getMessageId();
        failures.accept(ItemFailure.of(id, e), e);
        getChannel().basicReject(tag, false);
        return;
      }
      if (processed.contains(event.eventId())) {
        duplicates.incrementAndGet();
        getChannel().basicAck(tag, false);
        return;
      }
      try {
        handler.accept(event);
        processed.record(event.eventId());
      } catch (RuntimeException e) {
        failures.accept(ItemFailure.of(event.eventId(), e), e);
        getChannel().basicReject(tag, false);
        return;
      }
      handled.incrementAndGet();
      getChannel().basicAck(tag, false);
    }
  }

  /** Events handed to the handler so far. */
  public long handled() {
    return handled.get();
  }

  /** Redeliveries recognised and dropped so far. */
  public long duplicatesDropped() {
    return duplicates.get();
  }

  public String queue() {
    return queue;
  }

  /** Stops consuming and closes the connection; the queue stays. */
  @Override
  public void close() {
    AmqpEventPublisher.closeQuietly(connection);
  }
}
