package org.db3311.sgc.adapter.amqp;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The local RabbitMQ (127.0.0.1:5672, guest/guest; SGC_TEST_AMQP_HOST / _PORT override) with an
 * exchange and queues named after the test, deleted by {@link #close()}.
 */
final class TestBroker implements AutoCloseable {

  static final String HOST = System.getenv().getOrDefault("SGC_TEST_AMQP_HOST", "127.0.0.1");
  static final int PORT =
      Integer.parseInt(System.getenv().getOrDefault("SGC_TEST_AMQP_PORT", "5672"));

  final AmqpSettings settings;
  private final String prefix;
  private final List<String> queues = new ArrayList<>();

  TestBroker(String test) {
    this.prefix =
        ("sgc-test-" + test + "-" + Long.toHexString(System.nanoTime())).toLowerCase(Locale.ROOT);
    this.settings = new AmqpSettings(HOST, PORT, "/", "guest", "guest", prefix + ".events");
  }

  /** The same broker and exchange through another port (a {@link TcpProxy}). */
  AmqpSettings through(int port) {
    return new AmqpSettings(HOST, port, "/", "guest", "guest", settings.exchange());
  }

  /** A queue name of this test, deleted afterwards. */
  String queue(String name) {
    String q = prefix + "." + name;
    queues.add(q);
    return q;
  }

  @Override
  public void close() throws Exception {
    try (Connection c = AmqpEventPublisher.open(settings, "sgc-test-cleanup")) {
      Channel ch = c.createChannel();
      for (String q : queues) {
        ch.queueDelete(q);
      }
      ch.exchangeDelete(settings.exchange());
    }
  }
}
