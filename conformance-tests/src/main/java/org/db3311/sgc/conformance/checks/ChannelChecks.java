package org.db3311.sgc.conformance.checks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/** Intake by the online entry and the other channels (6.1.1.2.1, 6.1.1.3). */
public final class ChannelChecks {

  private ChannelChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(
        new DisputeCode(),
        new OtherChannels(),
        new CityCenter(),
        new OnlineMediationCheck(),
        new UnifiedPlatformCheck());
  }

  /**
   * 6.1.1.2.1: through the 浙江解纷码 entry the applicant chooses online mediation or going to the
   * center (自主选择线上调解或线下前往中心处理): each choice is registered and kept with the matter, and an entry
   * without the choice is refused with the field named.
   */
  @Implements("6.1.1.2.1")
  static final class DisputeCode extends HttpCheck {
    DisputeCode() {
      super(
          "intake-dispute-code",
          "6.1.1.2.1 the 解纷码 entry keeps the applicant's choice of online mediation or a visit",
          "intake",
          List.of("6.1.1.2.1"),
          List.of(
              "POST /api/v1/matters channel DISPUTE_CODE, preference ONLINE_MEDIATION",
              "POST /api/v1/matters channel DISPUTE_CODE, preference OFFLINE_VISIT",
              "POST /api/v1/matters channel DISPUTE_CODE without a preference (refused)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      for (String choice : List.of("ONLINE_MEDIATION", "OFFLINE_VISIT")) {
        JsonObject r =
            p.require(
                p.post("/api/v1/matters", disputeCode(p, choice, "解纷码")),
                201,
                "/api/v1/matters",
                "a 解纷码 registration choosing " + choice);
        JsonObject matter =
            p.require(
                p.get("/api/v1/matters/" + r.getString("number", "")),
                200,
                "/api/v1/matters/{number}",
                "the registered matter");
        p.expect(
            "DISPUTE_CODE".equals(matter.getString("channel", "")),
            "the matter keeps its channel DISPUTE_CODE (" + matter.getString("channel", "?") + ")");
        p.expect(
            choice.equals(matter.getString("preference", "")),
            "the matter keeps the applicant's choice "
                + choice
                + " ("
                + matter.getString("preference", "none")
                + ")");
      }
      Deployment.Answer none = p.post("/api/v1/matters", disputeCode(p, null, "解纷码"));
      p.expect(
          none.status() == 400 && none.body().contains("preference"),
          "a 解纷码 registration without the applicant's choice is refused naming 'preference'"
              + " (HTTP "
              + none.status()
              + ")");
    }
  }

  /**
   * 8.2.2: the center's system receives what the city-level center issues (受理市级综治中心下发的内容): a matter
   * issued with the city center's reference is registered once, keeps that reference, and the same
   * issue sent again registers nothing new.
   */
  @Implements("8.2.2")
  static final class CityCenter extends HttpCheck {
    CityCenter() {
      super(
          "intake-city-center",
          "8.2.2 a matter issued by the city-level center is received once, with its reference",
          "intake",
          List.of("8.2.2"),
          List.of("POST /api/v1/matters channel CITY_CENTER with its reference (sent twice)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      String ref = "CITY-" + p.settings().tag();
      String body =
          Fixtures.registration(
              p, "CITY_CENTER", ref, "event.public_demand", "市级下发", List.of("source_record"));
      JsonObject first =
          p.require(
              p.post("/api/v1/matters", body), 201, "/api/v1/matters", "the city center's issue");
      String number = first.getString("number", "");
      JsonObject matter =
          p.require(
              p.get("/api/v1/matters/" + number),
              200,
              "/api/v1/matters/{number}",
              "the matter issued by the city center");
      p.expect(
          "CITY_CENTER".equals(matter.getString("channel", "")),
          "the matter keeps its channel CITY_CENTER (" + matter.getString("channel", "?") + ")");
      p.expect(
          matter.toString().contains(ref), "the matter keeps the city center's reference " + ref);
      Deployment.Answer again = p.post("/api/v1/matters", body);
      p.expect(
          again.status() == 200 && again.body().contains(number),
          "the same issue sent again names the first matter and registers nothing new (HTTP "
              + again.status()
              + ")");
    }
  }

  /**
   * A registration through the 解纷码 entry carrying the applicant's {@code choice} (none when null).
   */
  static String disputeCode(Probe p, String choice, String note) {
    String base =
        Fixtures.registration(
            p, "DISPUTE_CODE", null, "dispute.neighbour", note, Fixtures.COMPLETE);
    if (choice == null) {
      return base;
    }
    try (JsonReader r = Json.createReader(new StringReader(base))) {
      return Json.createObjectBuilder(r.readObject()).add("preference", choice).build().toString();
    }
  }

  /** 6.1.1.3: matters from leader reception, a leader's assignment and a department's transfer. */
  @Implements("6.1.1.3")
  static final class OtherChannels extends HttpCheck {
    private static final List<String> CHANNELS =
        List.of("LEADER_RECEPTION", "LEADER_ASSIGNMENT", "DEPARTMENT_TRANSFER");

    OtherChannels() {
      super(
          "intake-other-channels",
          "6.1.1.3 leader reception, a leader's assignment and a department's transfer are received",
          "intake",
          List.of("6.1.1.3"),
          CHANNELS.stream().map(c -> "POST /api/v1/matters channel " + c).toList());
    }

    @Override
    public void run(Probe p) throws Exception {
      for (String channel : CHANNELS) {
        String number =
            Fixtures.registered(p, channel, null, "dispute.neighbour", channel, Fixtures.COMPLETE);
        JsonObject matter =
            p.require(
                p.get("/api/v1/matters/" + number),
                200,
                "/api/v1/matters/{number}",
                "the matter received by " + channel);
        p.expect(
            channel.equals(matter.getString("channel", "")),
            "the matter keeps its channel "
                + channel
                + " ("
                + matter.getString("channel", "?")
                + ")");
      }
    }
  }
}
