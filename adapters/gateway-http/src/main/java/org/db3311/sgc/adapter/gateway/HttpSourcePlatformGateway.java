package org.db3311.sgc.adapter.gateway;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.SourcePlatformGateway;
import org.db3311.sgc.core.intake.TransferResult;

/**
 * Sends the result of a transferred matter back to the platform it came from (12345, 110, 96345,
 * 浙里访, the grid…) over HTTP, closing the loop with it (6.1.1.2.2): {@code POST
 * /v1/transfer-results} at the base URL configured for the matter's {@link Channel}, idempotent by
 * matter and round ({@link TransferResult#key()}). Contract: {@code
 * docs/gateways/source-platform.yaml}.
 *
 * <p>{@code 201} is {@link Delivery.Delivered}; {@code 409 already-received} (or a {@code 200}
 * replay) is {@link Delivery.AlreadyReported} with the platform's first receipt, except when an
 * earlier attempt of the same call may have arrived (it timed out or the platform failed after
 * receiving it): then this call's own delivery was taken and it is {@link Delivery.Delivered}.
 */
@Implements("6.1.1.2.2")
public final class HttpSourcePlatformGateway
    implements SourcePlatformGateway, ReachabilityCheck, AutoCloseable {

  /**
   * The prefix of this gateway's properties; each platform's under {@code <prefix><platform>.}, the
   * platform named as in {@link #propertyName(Channel)}, e.g. {@code
   * sgc.gateway.source-platform.hotline-12345.base-url}.
   */
  public static final String PREFIX = GatewayProperties.ROOT + "source-platform.";

  static final String PATH = "/v1/transfer-results";

  private final Map<Channel, HttpGatewayClient> platforms;
  private final Clock clock;

  /** One platform per transferring channel; {@code clock} dates the deliveries. */
  public HttpSourcePlatformGateway(Map<Channel, GatewaySettings> platforms, Clock clock) {
    this(platforms, clock, HttpGatewayClient.AttemptListener.NONE);
  }

  HttpSourcePlatformGateway(
      Map<Channel, GatewaySettings> platforms,
      Clock clock,
      HttpGatewayClient.AttemptListener listener) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (platforms.isEmpty()) {
      throw new IllegalArgumentException(
          "no source platform is configured: set " + PREFIX + "<platform>.base-url");
    }
    Map<Channel, HttpGatewayClient> m = new EnumMap<>(Channel.class);
    platforms.forEach(
        (channel, settings) -> {
          if (!channel.isTransfer()) {
            throw new IllegalArgumentException(channel + " is not a transferring platform");
          }
          m.put(channel, new HttpGatewayClient(settings, listener));
        });
    this.platforms = m;
  }

  /**
   * Built from the properties under {@value #PREFIX}, one platform per name; fails naming a missing
   * or bad property, or a name that is no transferring platform.
   */
  public static HttpSourcePlatformGateway fromProperties(
      Map<String, String> properties, Clock clock) {
    Map<Channel, GatewaySettings> platforms = new EnumMap<>(Channel.class);
    for (String name : GatewayProperties.children(properties, PREFIX)) {
      Channel channel = channel(name);
      platforms.put(
          channel,
          GatewaySettings.fromProperties(
              "source-platform " + name, properties, PREFIX + name + "."));
    }
    return new HttpSourcePlatformGateway(platforms, clock);
  }

  /** Built from the properties under {@value #PREFIX}. */
  public static HttpSourcePlatformGateway fromProperties(Properties properties, Clock clock) {
    return fromProperties(GatewayProperties.of(properties), clock);
  }

  /**
   * A platform's name in the properties: the channel's name in lower case with hyphens, e.g. {@code
   * hotline-12345}, {@code police-110}, {@code hotline-96345}, {@code zhelifang}, {@code
   * grid-worker}.
   */
  public static String propertyName(Channel channel) {
    return channel.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Channel channel(String name) {
    for (Channel c : Channel.values()) {
      if (c.isTransfer() && propertyName(c).equals(name)) {
        return c;
      }
    }
    List<String> known = new ArrayList<>();
    for (Channel c : Channel.values()) {
      if (c.isTransfer()) {
        known.add(propertyName(c));
      }
    }
    throw new IllegalArgumentException(
        PREFIX + name + ".*: '" + name + "' is not a source platform; known: " + known);
  }

  /**
   * Reports the result to the platform the matter came from.
   *
   * @return delivered now, or already reported with the first receipt
   * @throws IllegalStateException when no platform is configured for the matter's channel
   * @throws GatewayRefusedException when the platform refuses the result (e.g. it does not know its
   *     own reference); sending it again will be refused again
   * @throws GatewayUnavailableException when the platform cannot be reached; the report can be sent
   *     again
   */
  @Override
  public Delivery report(TransferResult result) {
    Objects.requireNonNull(result, "result");
    Channel channel = result.source().system();
    HttpGatewayClient client = platforms.get(channel);
    if (client == null) {
      throw new IllegalStateException(
          "no source platform is configured for "
              + channel
              + " (set "
              + PREFIX
              + propertyName(channel)
              + ".base-url and .token)");
    }
    HttpGatewayClient.Receipt r =
        client.post(
            PATH,
            "transfer result " + result.key(),
            "transfer-result:" + result.key(),
            json(result));
    if (r.repeat() && !r.earlierAttemptMayHaveArrived()) {
      return new Delivery.AlreadyReported(r.receipt());
    }
    return new Delivery.Delivered(r.receipt(), clock.instant());
  }

  static JsonObject json(TransferResult r) {
    return Json.createObjectBuilder()
        .add("sourceSystem", r.source().system().name())
        .add("sourceReference", r.source().reference())
        .add("matter", r.matter().toString())
        .add("round", r.round())
        .add("outcome", r.outcome().name())
        .add("summary", r.summary())
        .add("closedAt", r.closedAt().toString())
        .build();
  }

  @Override
  public List<Reachability> reachability() {
    List<Reachability> out = new ArrayList<>();
    platforms.values().forEach(c -> out.add(c.reachability()));
    return out;
  }

  @Override
  public void close() {
    platforms.values().forEach(HttpGatewayClient::close);
  }
}
