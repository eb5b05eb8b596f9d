package org.db3311.sgc.adapter.gateway;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.EventResultReport;
import org.db3311.sgc.core.eventhandling.ResultReporter;

/**
 * Reports the handling result of a reviewed event up over HTTP (及时上报处置结果, 6.3.1.3): {@code POST
 * /v1/event-results}, idempotent by {@link EventResultReport#reportId()}, which is the {@code
 * Idempotency-Key}: the receiver answers a repeated id with the first delivery's receipt, whatever
 * the content now, as the port requires. Contract: {@code docs/gateways/result-reports.yaml}.
 *
 * <p>Sent: the event, its units, the handling reports, the review's assessment and lessons and the
 * report. Not sent, as the clause does not need them: the duty leader's and the reviewer's names
 * (the duty leader goes by id).
 */
@Implements("6.3.1.3")
public final class HttpResultReporter implements ResultReporter, ReachabilityCheck, AutoCloseable {

  /** The prefix of this gateway's properties. */
  public static final String PREFIX = GatewayProperties.ROOT + "result-reports.";

  static final String PATH = "/v1/event-results";

  private final HttpGatewayClient client;

  public HttpResultReporter(GatewaySettings settings) {
    this(settings, HttpGatewayClient.AttemptListener.NONE);
  }

  HttpResultReporter(GatewaySettings settings, HttpGatewayClient.AttemptListener listener) {
    this.client = new HttpGatewayClient(settings, listener);
  }

  /** Built from the properties under {@value #PREFIX}; fails naming a missing or bad one. */
  public static HttpResultReporter fromProperties(Map<String, String> properties) {
    return new HttpResultReporter(
        GatewaySettings.fromProperties("result-reports", properties, PREFIX));
  }

  /** Built from the properties under {@value #PREFIX}. */
  public static HttpResultReporter fromProperties(Properties properties) {
    return fromProperties(GatewayProperties.of(properties));
  }

  /**
   * Sends the result report; a repeated report id gets the first receipt.
   *
   * @return the receiver's reference for the report
   * @throws GatewayRefusedException when the receiver refuses the report
   * @throws GatewayUnavailableException when it cannot be reached; the report can be sent again
   */
  @Override
  public String report(EventResultReport report) {
    Objects.requireNonNull(report, "report");
    return client
        .post(
            PATH,
            "result report " + report.reportId(),
            "event-result:" + report.reportId(),
            json(report))
        .receipt();
  }

  static JsonObject json(EventResultReport r) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("reportId", r.reportId())
            .add("matter", r.matter())
            .add("round", r.round())
            .add("title", r.title())
            .add("categoryCode", r.categoryCode())
            .add("scope", r.scope().name())
            .add("units", strings(r.units().stream().map(UnitId::value).toList()));
    r.lead().ifPresent(u -> b.add("lead", u.value()));
    r.dutyLeader().ifPresent(d -> b.add("dutyLeaderId", d.id()));
    r.cityReference().ifPresent(c -> b.add("cityReference", c));
    return b.add("handling", strings(r.handling()))
        .add(
            "review",
            Json.createObjectBuilder()
                .add("assessment", r.review().assessment())
                .add("lessons", strings(r.review().lessons())))
        .add("report", r.report())
        .add("reportedAt", r.reportedAt().toString())
        .build();
  }

  @Override
  public List<Reachability> reachability() {
    return List.of(client.reachability());
  }

  @Override
  public void close() {
    client.close();
  }

  static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.forEach(a::add);
    return a;
  }
}
