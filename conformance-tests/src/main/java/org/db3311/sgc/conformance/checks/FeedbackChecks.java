package org.db3311.sgc.conformance.checks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Deployment;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * The public's channel and the re-checks it leads to: 设立意见反馈与投诉渠道，接受群众监督 (9.1) — anyone submits a
 * complaint without a token and follows it with the code given, and reads the answer; 应建立改进跟踪复查机制，
 * 实时公开和反馈复查验证信息 (9.3.3) — a re-check recorded is on the public board at once and sent back to the
 * complaint that raised it.
 */
public final class FeedbackChecks {

  private FeedbackChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(new PublicChannel(), new HigherLevelSupervision(), new RecheckDisclosed());
  }

  /** What a citizen submits without a token: the ticket and its follow code. */
  record Ticket(String ticket, String code) {
    String status(Probe p) {
      return "/api/v1/feedback/" + ticket + "/status?county=" + p.settings().county();
    }

    String follow(Probe p) {
      return status(p) + "&code=" + code;
    }

    String staff(Probe p) {
      return "/api/v1/feedback/" + ticket + HttpSteps.county(p);
    }
  }

  /** A complaint submitted as anyone would, without a token. */
  static Ticket complain(Probe p, String note) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("kind", "COMPLAINT")
            .add("content", "合规检查（" + p.settings().tag() + "）：" + note)
            .build()
            .toString();
    JsonObject created =
        p.require(
            p.anonymous("POST", "/api/v1/feedback?county=" + p.settings().county(), body),
            201,
            "/api/v1/feedback",
            "a complaint submitted without a token");
    String ticket = created.getString("ticket", "");
    String code = created.getString("code", "");
    p.expect(!ticket.isBlank(), "the submitter is given a ticket (" + ticket + ")");
    p.expect(!code.isBlank(), "and a code to follow it with");
    return new Ticket(ticket, code);
  }

  /** Staff assign the item and answer it. */
  static JsonObject answer(Probe p, Ticket t, String answer) throws Exception {
    p.require(
        HttpSteps.change(p, t.staff(p), "/assignment", "{\"unit\":\"county.center\"}"),
        200,
        "/api/v1/feedback/{ticket}/assignment",
        "assigning the item to the unit that answers");
    return p.require(
        HttpSteps.change(p, t.staff(p), "/answer", answer),
        200,
        "/api/v1/feedback/{ticket}/answer",
        "answering the item");
  }

  /** Anyone complains without a token, follows the ticket by its code only, and reads the reply. */
  @Implements("9.1")
  static final class PublicChannel extends HttpCheck {
    PublicChannel() {
      super(
          "feedback-public-channel",
          "9.1 anyone complains without a token, follows the ticket with its code, reads the reply",
          "feedback",
          List.of("9.1"),
          List.of(
              "POST /api/v1/feedback without a token (one complaint)",
              "POST …/assignment, …/answer (not upheld) and …/closure"));
    }

    @Override
    public void run(Probe p) throws Exception {
      Ticket t = complain(p, "窗口等候时间过长");
      JsonObject followed =
          p.require(
              p.anonymous("GET", t.follow(p), null),
              200,
              "/api/v1/feedback/{ticket}/status",
              "following the ticket with its code, without a token");
      p.expect(
          t.ticket().equals(followed.getString("ticket", "")),
          "the status names the ticket (" + followed.getString("state", "?") + ")");
      Deployment.Answer noCode = p.anonymous("GET", t.status(p), null);
      p.expect(
          noCode.status() == 404,
          "without the code the ticket answers 404, as an unknown one (" + noCode.status() + ")");
      String wrong = (t.code().startsWith("A") ? "B" : "A") + t.code().substring(1);
      Deployment.Answer wrongCode = p.anonymous("GET", t.status(p) + "&code=" + wrong, null);
      p.expect(
          wrongCode.status() == 404,
          "with a wrong code the ticket answers 404 (" + wrongCode.status() + ")");

      JsonObject received =
          p.require(p.get(t.staff(p)), 200, "/api/v1/feedback/{ticket}", "the complaint as staff");
      p.expect(
          received.getString("content", "").contains(p.settings().tag()),
          "the center holds what was said");

      String reply = "经核实，等候时间已公示（" + p.settings().tag() + "）";
      JsonObject answered =
          answer(
              p,
              t,
              Json.createObjectBuilder()
                  .add("reply", reply)
                  .add("verdict", "NOT_UPHELD")
                  .build()
                  .toString());
      p.expect(
          "ANSWERED".equals(answered.getString("state", "")),
          "the complaint is answered (" + answered.getString("state", "?") + ")");
      JsonObject seen =
          p.require(
              p.anonymous("GET", t.follow(p), null),
              200,
              "/api/v1/feedback/{ticket}/status",
              "the ticket after the answer, without a token");
      p.expect(
          "ANSWERED".equals(seen.getString("state", "")),
          "the submitter sees the complaint answered (" + seen.getString("state", "?") + ")");
      p.expect(
          Fixtures.objects(seen, "messages").stream()
              .anyMatch(m -> m.getString("text", "").contains(p.settings().tag())),
          "the submitter reads the reply");
      p.expect(
          "NOT_UPHELD".equals(seen.getString("verdict", "")), "and the verdict on the complaint");

      p.require(
          HttpSteps.change(p, t.staff(p), "/closure", null),
          200,
          "/api/v1/feedback/{ticket}/closure",
          "closing the answered complaint");
      JsonObject closed =
          p.require(
              p.anonymous("GET", t.follow(p), null),
              200,
              "/api/v1/feedback/{ticket}/status",
              "the ticket after the closure");
      p.expect(
          "CLOSED".equals(closed.getString("state", "")),
          "the submitter sees it closed (" + closed.getString("state", "?") + ")");
    }
  }

  /**
   * 接受上级组织的监督和指导: staff record what a higher level raises, and it is answered like the public's.
   */
  @Implements("9.1")
  static final class HigherLevelSupervision extends HttpCheck {
    HigherLevelSupervision() {
      super(
          "feedback-higher-level",
          "9.1 supervision by a higher level is recorded, listed and answered",
          "feedback",
          List.of("9.1"),
          List.of(
              "POST /api/v1/feedback (staff: one item of higher-level supervision)",
              "POST …/assignment and …/answer"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        p.skip(
            "answering higher-level supervision raises work for a real county's units: tenant only");
      }
      String body =
          Json.createObjectBuilder()
              .add("kind", "HIGHER_LEVEL_SUPERVISION")
              .add("channel", "HIGHER_LEVEL")
              .add("content", "市中心督查：窗口等候时间过长（检查用 " + p.settings().tag() + "）")
              .add("about", "county.center")
              .build()
              .toString();
      JsonObject recorded =
          p.require(
              HttpSteps.create(p, "/api/v1/feedback" + HttpSteps.county(p), body),
              201,
              "/api/v1/feedback",
              "recording supervision by a higher level");
      Ticket t = new Ticket(recorded.getString("ticket", ""), "");
      JsonObject listed =
          p.require(
              p.get(
                  "/api/v1/feedback"
                      + HttpSteps.county(p)
                      + "&kind=HIGHER_LEVEL_SUPERVISION&size=200"),
              200,
              "/api/v1/feedback",
              "the higher-level items");
      p.expect(
          HttpSteps.items(listed).stream()
              .anyMatch(i -> t.ticket().equals(i.getString("ticket", ""))),
          "the item " + t.ticket() + " is listed as higher-level supervision");
      String correctBy = HttpSteps.today(p).plusDays(30).toString();
      JsonObject answered =
          answer(
              p,
              t,
              Json.createObjectBuilder()
                  .add("reply", "已整改并报上级（检查用）")
                  .add("correctBy", correctBy)
                  .build()
                  .toString());
      p.expect(
          "ANSWERED".equals(answered.getString("state", "")),
          "it is answered (" + answered.getString("state", "?") + ")");
      p.note("corrective action raised: " + answered.getString("correctiveAction", "none"));
    }
  }

  /**
   * An upheld complaint raises a corrective action; each re-check of it, failed and then passed, is
   * on the public board at once and in the complaint's messages.
   */
  @Implements("9.3.3")
  static final class RecheckDisclosed extends HttpCheck {
    RecheckDisclosed() {
      super(
          "recheck-disclosed-at-once",
          "9.3.3 each re-check is on the public board at once and fed back to the complaint",
          "feedback",
          List.of("9.3.3"),
          List.of(
              "POST /api/v1/feedback without a token (one complaint), …/assignment, …/answer"
                  + " (upheld: a corrective action)",
              "POST /api/v1/corrective-actions/{id}/correction and …/rechecks (twice each)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        p.skip(
            "a re-check recorded in a real county is published on its public board: tenant only");
      }
      Ticket t = complain(p, "调解室预约无人回复");
      String correctBy = HttpSteps.today(p).plusDays(30).toString();
      JsonObject answered =
          answer(
              p,
              t,
              Json.createObjectBuilder()
                  .add("reply", "经核实属实，限期整改")
                  .add("verdict", "UPHELD")
                  .add("correctBy", correctBy)
                  .build()
                  .toString());
      String id = answered.getString("correctiveAction", "");
      if (!p.expect(!id.isBlank(), "an upheld complaint raises a corrective action")) {
        return;
      }
      String action = "/api/v1/corrective-actions/" + id + HttpSteps.county(p);
      String board = "/api/v1/rechecks?county=" + p.settings().county() + "&size=200";

      String[] notes = {"复查未通过（" + p.settings().tag() + "）", "复查通过（" + p.settings().tag() + "）"};
      for (int round = 1; round <= 2; round++) {
        boolean passed = round == 2;
        p.require(
            HttpSteps.change(p, action, "/correction", "{\"account\":\"已整改，第" + round + "次\"}"),
            200,
            "/api/v1/corrective-actions/{id}/correction",
            "the owner's correction, round " + round);
        JsonObject checked =
            p.require(
                HttpSteps.change(
                    p,
                    action,
                    "/rechecks",
                    Json.createObjectBuilder()
                        .add("passed", passed)
                        .add("notes", notes[round - 1])
                        .build()
                        .toString()),
                200,
                "/api/v1/corrective-actions/{id}/rechecks",
                "the re-check, round " + round);
        p.note("action after round " + round + ": " + checked.getString("state", "?"));
        // disclosed at once: read straight after, without a token, no waiting
        JsonObject shown =
            p.require(
                p.anonymous("GET", board, null),
                200,
                "/api/v1/rechecks",
                "the public board without a token, right after round " + round);
        final int r = round;
        JsonObject line =
            HttpSteps.items(shown).stream()
                .filter(i -> id.equals(i.getString("action", "")) && i.getInt("round", 0) == r)
                .findFirst()
                .orElse(null);
        if (p.expect(line != null, "round " + round + " of " + id + " is on the public board")) {
          p.expect(
              line.getBoolean("passed", !passed) == passed
                  && line.getString("notes", "").contains(p.settings().tag()),
              "the board shows it " + (passed ? "passed" : "failed") + " with what was seen");
        }
        JsonObject ticket =
            p.require(
                p.anonymous("GET", t.follow(p), null),
                200,
                "/api/v1/feedback/{ticket}/status",
                "the complaint's ticket after round " + round);
        String text = notes[round - 1];
        p.expect(
            Fixtures.objects(ticket, "messages").stream()
                .anyMatch(m -> m.getString("text", "").contains(text)),
            "the re-check of round " + round + " is fed back to the complaint's ticket");
      }
    }
  }
}
