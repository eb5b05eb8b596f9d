package org.db3311.sgc.adapter.gateway;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.eventhandling.CityCenterGateway;

/**
 * Reports a city-level or cross-county event up to the city comprehensive-governance center (市综治中心)
 * over HTTP (6.3.1.2): {@code POST /v1/event-reports} with the matter's number and the event's
 * title, idempotent by the number. Contract: {@code docs/gateways/city-center.yaml}.
 */
@Implements("6.3.1.2")
public final class HttpCityCenterGateway
    implements CityCenterGateway, ReachabilityCheck, AutoCloseable {

  /** The prefix of this gateway's properties. */
  public static final String PREFIX = GatewayProperties.ROOT + "city-center.";

  static final String PATH = "/v1/event-reports";

  private final HttpGatewayClient client;

  public HttpCityCenterGateway(GatewaySettings settings) {
    this(settings, HttpGatewayClient.AttemptListener.NONE);
  }

  HttpCityCenterGateway(GatewaySettings settings, HttpGatewayClient.AttemptListener listener) {
    this.client = new HttpGatewayClient(settings, listener);
  }

  /** Built from the properties under {@value #PREFIX}; fails naming a missing or bad one. */
  public static HttpCityCenterGateway fromProperties(Map<String, String> properties) {
    return new HttpCityCenterGateway(
        GatewaySettings.fromProperties("city-center", properties, PREFIX));
  }

  /** Built from the properties under {@value #PREFIX}. */
  public static HttpCityCenterGateway fromProperties(Properties properties) {
    return fromProperties(GatewayProperties.of(properties));
  }

  /**
   * Reports the event to the city center.
   *
   * @return the city center's reference for it
   * @throws GatewayRefusedException when the city center refuses the report
   * @throws GatewayUnavailableException when it cannot be reached; the report can be sent again
   */
  @Override
  public String report(String reference, String summary) {
    Texts.require(reference, "an event report names the matter");
    Texts.require(summary, "an event report says what the event is");
    return client
        .post(
            PATH,
            "event report " + reference,
            "event-report:" + reference,
            Json.createObjectBuilder().add("reference", reference).add("summary", summary).build())
        .receipt();
  }

  @Override
  public List<Reachability> reachability() {
    return List.of(client.reachability());
  }

  @Override
  public void close() {
    client.close();
  }
}
