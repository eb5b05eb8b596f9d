package org.db3311.sgc.adapter.gateway;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.eventhandling.CountyCenterGateway;

/**
 * Transfers an event that lies wholly in another county to that county's social-governance center
 * over HTTP (ruling R12): {@code POST /v1/event-transfers}, each county at its own base URL,
 * idempotent by the matter's number. Contract: {@code docs/gateways/county-center.yaml}.
 */
@Implements("R12")
public final class HttpCountyCenterGateway
    implements CountyCenterGateway, ReachabilityCheck, AutoCloseable {

  /**
   * The prefix of this gateway's properties; each county's under {@code <prefix><division code>.},
   * e.g. {@code sgc.gateway.county-center.331122.base-url}.
   */
  public static final String PREFIX = GatewayProperties.ROOT + "county-center.";

  static final String PATH = "/v1/event-transfers";

  private final Map<DivisionCode, HttpGatewayClient> counties;

  /** One center per county. */
  public HttpCountyCenterGateway(Map<DivisionCode, GatewaySettings> counties) {
    this(counties, HttpGatewayClient.AttemptListener.NONE);
  }

  HttpCountyCenterGateway(
      Map<DivisionCode, GatewaySettings> counties, HttpGatewayClient.AttemptListener listener) {
    if (counties.isEmpty()) {
      throw new IllegalArgumentException(
          "no county center is configured: set " + PREFIX + "<division code>.base-url");
    }
    Map<DivisionCode, HttpGatewayClient> m = new LinkedHashMap<>();
    counties.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(DivisionCode::value)))
        .forEach(
            e -> {
              if (!e.getKey().isCountyLevel()) {
                throw new IllegalArgumentException(e.getKey() + " is not a county-level division");
              }
              m.put(e.getKey(), new HttpGatewayClient(e.getValue(), listener));
            });
    this.counties = Map.copyOf(m);
  }

  /**
   * Built from the properties under {@value #PREFIX}: one county per division code; fails naming a
   * missing or bad one.
   */
  public static HttpCountyCenterGateway fromProperties(Map<String, String> properties) {
    Map<DivisionCode, GatewaySettings> counties = new LinkedHashMap<>();
    for (String code : GatewayProperties.children(properties, PREFIX)) {
      DivisionCode county;
      try {
        county = DivisionCode.of(code);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            PREFIX + code + ".*: '" + code + "' is not a division code: " + e.getMessage(), e);
      }
      counties.put(
          county,
          GatewaySettings.fromProperties("county-center " + code, properties, PREFIX + code + "."));
    }
    return new HttpCountyCenterGateway(counties);
  }

  /** Built from the properties under {@value #PREFIX}. */
  public static HttpCountyCenterGateway fromProperties(Properties properties) {
    return fromProperties(GatewayProperties.of(properties));
  }

  /**
   * Transfers the event to the center of the county it lies in.
   *
   * @return the receiving center's reference for it
   * @throws IllegalStateException when no center is configured for the county; nothing was sent
   * @throws GatewayRefusedException when the county's center refuses the transfer
   * @throws GatewayUnavailableException when it cannot be reached; the transfer can be sent again
   */
  @Override
  public String transfer(DivisionCode county, String reference, String summary) {
    Objects.requireNonNull(county, "county");
    Texts.require(reference, "a transfer names the matter");
    Texts.require(summary, "a transfer says what the event is");
    HttpGatewayClient client = counties.get(county);
    if (client == null) {
      throw new IllegalStateException(
          "no social-governance center is configured for county "
              + county.value()
              + " (set "
              + PREFIX
              + county.value()
              + ".base-url and .token)");
    }
    return client
        .post(
            PATH,
            "event transfer " + reference,
            "event-transfer:" + reference,
            Json.createObjectBuilder()
                .add("reference", reference)
                .add("receivingCounty", county.value())
                .add("summary", summary)
                .build())
        .receipt();
  }

  @Override
  public List<Reachability> reachability() {
    List<Reachability> out = new ArrayList<>();
    counties.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(DivisionCode::value)))
        .forEach(e -> out.add(e.getValue().reachability()));
    return out;
  }

  @Override
  public void close() {
    counties.values().forEach(HttpGatewayClient::close);
  }
}
