package org.db3311.sgc.adapter.amqp;

import java.util.Objects;
import java.util.Properties;

/**
 * Where the broker is and which exchange the events go to, from plain properties:
 *
 * <table>
 *   <caption>properties</caption>
 *   <tr><th>property</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@code sgc.amqp.host}</td><td>broker host</td><td>required</td></tr>
 *   <tr><td>{@code sgc.amqp.port}</td><td>1–65535</td><td>5672</td></tr>
 *   <tr><td>{@code sgc.amqp.vhost}</td><td>virtual host</td><td>{@code /}</td></tr>
 *   <tr><td>{@code sgc.amqp.user}, {@code sgc.amqp.password}</td><td>credentials</td>
 *       <td>required</td></tr>
 *   <tr><td>{@code sgc.amqp.exchange}</td><td>the topic exchange (declared durable)</td>
 *       <td>{@code sgc.events}</td></tr>
 * </table>
 *
 * @param password never printed: {@link #toString()} hides it
 */
public record AmqpSettings(
    String host, int port, String vhost, String user, String password, String exchange) {

  public static final String DEFAULT_EXCHANGE = "sgc.events";

  public AmqpSettings {
    require(host, "sgc.amqp.host (the broker's host)");
    require(vhost, "sgc.amqp.vhost (the virtual host, / for the default)");
    require(user, "sgc.amqp.user");
    Objects.requireNonNull(password, "sgc.amqp.password");
    require(exchange, "sgc.amqp.exchange");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("sgc.amqp.port must be 1–65535, not " + port);
    }
    if (exchange.startsWith("amq.")) {
      throw new IllegalArgumentException(
          "sgc.amqp.exchange may not start with amq. (reserved by the broker): " + exchange);
    }
  }

  /** Reads the {@code sgc.amqp.*} properties; every missing or malformed one is named. */
  public static AmqpSettings from(Properties p) {
    String port = p.getProperty("sgc.amqp.port", "5672").trim();
    int number;
    try {
      number = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("sgc.amqp.port must be a number, not '" + port + "'", e);
    }
    String password = p.getProperty("sgc.amqp.password");
    if (password == null) {
      throw new IllegalArgumentException("sgc.amqp.password is missing (empty for none)");
    }
    return new AmqpSettings(
        p.getProperty("sgc.amqp.host"),
        number,
        p.getProperty("sgc.amqp.vhost", "/"),
        p.getProperty("sgc.amqp.user"),
        password,
        p.getProperty("sgc.amqp.exchange", DEFAULT_EXCHANGE));
  }

  /** The same broker, another exchange. */
  public AmqpSettings withExchange(String name) {
    return new AmqpSettings(host, port, vhost, user, password, name);
  }

  /** {@code amqp://user@host:port/vhost}, without the password. */
  public String address() {
    return "amqp://" + user + "@" + host + ":" + port + (vhost.equals("/") ? "/" : "/" + vhost);
  }

  @Override
  public String toString() {
    return "AmqpSettings[" + address() + ", exchange " + exchange + "]";
  }

  private static void require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is missing");
    }
  }
}
