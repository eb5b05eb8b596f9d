package org.db3311.sgc.conformance.checks;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * 6.2.1.1.2 with the choice of 6.1.1.2.1: a dispute brought through the 解纷码 entry choosing online
 * mediation is routed and mediated by video (a room and a join link); one choosing a visit is not
 * put into a video session against that choice, and its offline session is booked by a party.
 */
@Implements({"6.2.1.1.2", "6.1.1.2.1"})
final class OnlineMediationCheck extends HttpCheck {

  OnlineMediationCheck() {
    super(
        "mediation-online",
        "6.2.1.1.2 online mediation by video as the applicant chose; a visit booked by a party",
        "casework",
        List.of("6.2.1.1.2", "6.1.1.2.1"),
        List.of(
            "POST /api/v1/matters channel DISPUTE_CODE (online, then a visit), accepted",
            "POST /api/v1/mediations, suitability, consents, routing (each)",
            "POST /api/v1/mediations/{matter}/M1/sessions ONLINE (then ONLINE refused, OFFLINE)"));
  }

  @Override
  public void run(Probe p) throws Exception {
    String mp = "/api/v1/mediations/{matter}/M{attempt}/sessions";
    String online = CaseworkChecks.routed(p, accepted(p, "ONLINE_MEDIATION"));
    JsonObject scheduled =
        p.require(
            p.change(online, "/sessions", "{\"mode\":\"ONLINE\",\"startsAt\":\"" + now() + "\"}"),
            200,
            mp,
            "an online session");
    JsonObject session = Fixtures.objects(scheduled, "sessions").stream().findFirst().orElse(null);
    p.expect(
        session != null && "ONLINE".equals(session.getString("mode", "")),
        "the session is online ("
            + (session == null ? "none" : session.getString("mode", "?"))
            + ")");
    p.expect(
        session != null
            && !session.getString("roomId", "").isBlank()
            && !session.getString("joinUrl", "").isBlank(),
        "the mediator holds it in a video room with a join link (线上视频调解)");

    String visit = CaseworkChecks.routed(p, accepted(p, "OFFLINE_VISIT"));
    Deployment.Answer against =
        p.change(visit, "/sessions", "{\"mode\":\"ONLINE\",\"startsAt\":\"" + now() + "\"}");
    p.expect(
        against.status() >= 400 && against.status() < 500,
        "an online session against the applicant's choice of a visit is refused (HTTP "
            + against.status()
            + ")");
    JsonObject booked =
        p.require(
            p.change(
                visit,
                "/sessions",
                "{\"mode\":\"OFFLINE\",\"startsAt\":\""
                    + now()
                    + "\",\"bookedBy\":\""
                    + Fixtures.APPLICANT
                    + "\"}"),
            200,
            mp,
            "an offline session booked by the applicant");
    JsonObject offline = Fixtures.objects(booked, "sessions").stream().findFirst().orElse(null);
    p.expect(
        offline != null && "OFFLINE".equals(offline.getString("mode", "")),
        "the visit is an offline session at the center");
  }

  /** A 解纷码 registration with the applicant's choice, accepted on review; its number. */
  private static String accepted(Probe p, String choice) throws Exception {
    String body = ChannelChecks.disputeCode(p, choice, "线上调解 " + choice);
    String n =
        p.require(p.post("/api/v1/matters", body), 201, "/api/v1/matters", "a 解纷码 registration")
            .getString("number", "");
    JsonObject d =
        p.require(
            p.change("/api/v1/matters/" + n, "/decision", "{\"verdict\":\"REVIEW\"}"),
            200,
            "/api/v1/matters/{number}/decision",
            "the review of complete material");
    p.expect(
        "ACCEPTED".equals(d.getString("outcome", "")),
        "complete material is accepted (outcome " + d.getString("outcome", "?") + ")");
    return n;
  }

  private static String now() {
    return OffsetDateTime.now(ZoneOffset.ofHours(8))
        .withNano(0)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
