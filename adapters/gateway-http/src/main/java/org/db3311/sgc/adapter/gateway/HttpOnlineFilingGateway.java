package org.db3311.sgc.adapter.gateway;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.mediation.CaseFile;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.OnlineFilingGateway;

/**
 * Hands a failed mediation's case file to the courts' online filing service (网上诉讼立案, 6.2.1.1.2)
 * over HTTP: {@code POST /v1/filing-applications}, idempotent by the case file's reference.
 * Contract: {@code docs/gateways/online-filing.yaml}.
 *
 * <p>This is the one exchange that carries personal data, because filing a lawsuit needs it: the
 * parties' names and the session records (statements, participants, signatures). It goes over https
 * only, and no log line holds any of it.
 */
@Implements("6.2.1.1.2")
public final class HttpOnlineFilingGateway
    implements OnlineFilingGateway, ReachabilityCheck, AutoCloseable {

  /** The prefix of this gateway's properties. */
  public static final String PREFIX = GatewayProperties.ROOT + "online-filing.";

  static final String PATH = "/v1/filing-applications";

  private final HttpGatewayClient client;

  public HttpOnlineFilingGateway(GatewaySettings settings) {
    this(settings, HttpGatewayClient.AttemptListener.NONE);
  }

  HttpOnlineFilingGateway(GatewaySettings settings, HttpGatewayClient.AttemptListener listener) {
    this.client = new HttpGatewayClient(settings, listener);
  }

  /** Built from the properties under {@value #PREFIX}; fails naming a missing or bad one. */
  public static HttpOnlineFilingGateway fromProperties(Map<String, String> properties) {
    return new HttpOnlineFilingGateway(
        GatewaySettings.fromProperties("online-filing", properties, PREFIX));
  }

  /** Built from the properties under {@value #PREFIX}. */
  public static HttpOnlineFilingGateway fromProperties(Properties properties) {
    return fromProperties(GatewayProperties.of(properties));
  }

  /**
   * Hands the case file to the online filing service.
   *
   * @return the court system's reference for the filing application
   * @throws GatewayRefusedException when the filing service refuses the application
   * @throws GatewayUnavailableException when it cannot be reached; the file can be sent again
   */
  @Override
  public String submit(CaseFile file) {
    Objects.requireNonNull(file, "file");
    Texts.require(file.reference(), "a case file has a reference");
    return client
        .post(
            PATH,
            "filing application " + file.reference(),
            "filing:" + file.reference(),
            json(file))
        .receipt();
  }

  static JsonObject json(CaseFile f) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("reference", f.reference())
            .add("parties", HttpResultReporter.strings(f.parties()));
    if (f.description() != null && !f.description().isBlank()) {
      b.add("description", f.description());
    }
    JsonArrayBuilder records = Json.createArrayBuilder();
    f.records().forEach(r -> records.add(json(r)));
    return b.add("records", records).add("failureReason", f.failureReason()).build();
  }

  private static JsonObject json(MediationRecord r) {
    JsonObjectBuilder statements = Json.createObjectBuilder();
    new TreeMap<>(r.statements()).forEach(statements::add);
    return Json.createObjectBuilder()
        .add("heldAt", r.heldAt().toString())
        .add("place", r.place())
        .add("mediator", r.mediator())
        .add("recorder", r.recorder())
        .add("participants", HttpResultReporter.strings(r.participants()))
        .add("rightsExplained", r.rightsExplained())
        .add("statements", statements)
        .add("factsVerified", r.factsVerified())
        .add("riskWarning", r.riskWarning())
        .add("signatures", HttpResultReporter.strings(r.signatures()))
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
}
