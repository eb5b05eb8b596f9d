package org.db3311.sgc.server.notice;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.db3311.sgc.adapter.jpa.JpaNoticeQueue;
import org.db3311.sgc.adapter.sms.HttpSmsNotifier;
import org.db3311.sgc.adapter.sms.SmsReceipts;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.followup.RecordSurveyReplyUseCase;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.notice.NoticeId;
import org.db3311.sgc.core.notice.NoticeQueue;
import org.db3311.sgc.core.notice.QueuedNotice;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.MessagingWiring;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the SMS gateway calls back with, signed as the server's requests to it are ({@code
 * X-Sms-Key-Id}, {@code X-Sms-Timestamp}, {@code X-Sms-Nonce}, {@code X-Sms-Signature}: HMAC-SHA256
 * under {@code sgc.sms.access-key-secret} over the method, the path and query as this server
 * receives them, the timestamp, the nonce, the {@code Idempotency-Key} and the body's SHA-256).
 * Unsigned, badly signed or stale (beyond {@code sgc.sms.receipt-max-skew-s}): 401; signed but not
 * what the endpoint takes: 400; naming no notice any county of this deployment keeps: 404. Without
 * a configured gateway there is no key to check, and both endpoints answer 404.
 *
 * <p>No telephone number, name or reply text is written to the log: only notice ids and outcomes.
 */
@Path("/api/v1/sms")
@RequestScoped
@Tag(name = "notices", description = "Notices sent and their delivery receipts")
public class SmsCallbackResource {

  private static final Logger LOG = Logger.getLogger(SmsCallbackResource.class.getName());

  @Inject Centers centers;
  @Inject MessagingWiring messaging;
  @Inject Clock clock;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  /** What a recorded callback answers. */
  public record Recorded(String notice, String county, String state) {}

  /** What a recorded survey reply answers. */
  public record ReplyRecorded(
      String notice, String county, String followUp, String answer, boolean again) {}

  @POST
  @PermitAll
  @Path("receipts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The SMS gateway's delivery receipt for one notice (signed by the gateway)",
      description =
          "{\"idempotencyKey\": notice id, \"messageId\", \"status\": DELIVERED|FAILED, \"at\","
              + " \"reason\"}; recorded on the notice (a delivered notice stays delivered;"
              + " recording twice changes nothing).")
  public Recorded receipt(byte[] body) {
    HttpSmsNotifier gateway = signed(body);
    NoticeQueue.Receipt receipt;
    try {
      receipt = SmsReceipts.parse(body, clock);
    } catch (IllegalArgumentException e) {
      throw malformed("The body is not a receipt: " + e.getMessage());
    }
    Located at = locate(receipt.notice());
    boolean known =
        new SmsReceipts(gateway, at.queue(), at.county().center().clock()).record(receipt);
    if (!known) {
      // forgotten between finding and recording (retention)
      throw noSuchNotice();
    }
    QueuedNotice now = at.queue().find(receipt.notice()).orElseThrow(this::noSuchNotice);
    return new Recorded(now.id().value(), at.county().code().value(), now.state().name());
  }

  /** {@code POST /api/v1/sms/replies}: a party's reply to the text survey. */
  public record Reply(String replyTo, String text, String at) {}

  @POST
  @PermitAll
  @Path("replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Implements("6.2.1.4.2")
  @Operation(
      summary = "A party's reply to the satisfaction survey (signed by the gateway)",
      description =
          "{\"replyTo\": the survey notice's id (the Idempotency-Key the gateway was given),"
              + " \"text\": the reply, \"at\": when received (required: a retry with the same instant is recorded once)}; 1 满意, 2 基本满意, 3 不满意 recorded"
              + " on the follow-up as an SMS answer (6.2.1.4.2 permits a survey: texting it and"
              + " reading replies is this product's choice). A reply to no survey this deployment"
              + " keeps is answered 404 and not kept; one naming no answer 422; one the follow-up"
              + " no longer takes 409.")
  public ReplyRecorded reply(byte[] body) {
    signed(body);
    Reply r =
        Requests.body(new String(body, StandardCharsets.UTF_8), Reply.class, "The survey reply");
    Requests.Errors errors = new Requests.Errors();
    String replyTo = errors.text("replyTo", r.replyTo());
    NoticeId id = replyTo == null ? null : errors.attempt("replyTo", () -> new NoticeId(replyTo));
    String text = errors.text("text", r.text());
    if (text != null && text.strip().length() > RecordSurveyReplyUseCase.Command.MAX_TEXT) {
      errors.add("text", "at most " + RecordSurveyReplyUseCase.Command.MAX_TEXT + " characters");
    }
    // required: a gateway retrying a reply sends the same instant, by which the reply is known
    // again and recorded once (without it every retry would look like a new answer)
    Instant at = null;
    if (r.at() == null || r.at().isBlank()) {
      errors.add("at", "required: when the gateway received the reply (ISO-8601 instant)");
    } else {
      try {
        at = Instant.parse(r.at().strip());
      } catch (DateTimeParseException e) {
        errors.add("at", "an ISO-8601 instant, e.g. 2027-01-04T01:00:00Z");
      }
    }
    errors.throwIfAny("The survey reply");
    Located found = locate(id);
    QueuedNotice survey = found.notice();
    boolean isSurvey =
        survey.notification().template().filter(t -> t.key().equals("survey")).isPresent();
    RegistrationNumber matter = matterOf(survey);
    if (!isSurvey || matter == null) {
      throw noSuchNotice();
    }
    Instant received = at;
    // the gateway's time is real time; a county on a clock of its own (the inspection tenant) may
    // have queued the survey "later": the reply is then taken as received when it was sent
    if (received.isBefore(survey.queuedAt())) {
      received = survey.queuedAt();
    }
    RecordSurveyReplyUseCase.Outcome outcome =
        found
            .county()
            .center()
            .followUp()
            .recordReply(
                new RecordSurveyReplyUseCase.Command(
                    matter,
                    survey.notification().recipient().name(),
                    survey.queuedAt(),
                    text,
                    received));
    LOG.info(
        () ->
            "survey reply to notice "
                + id
                + " ("
                + matter
                + "): "
                + outcome.getClass().getSimpleName());
    return switch (outcome) {
      case RecordSurveyReplyUseCase.Outcome.Recorded rec ->
          new ReplyRecorded(
              id.value(),
              found.county().code().value(),
              rec.followUp().toString(),
              rec.answer().name(),
              rec.again());
      case RecordSurveyReplyUseCase.Outcome.NotUnderstood nu ->
          throw new Problem.Exception(
              new Problem(
                  URI.create("urn:db3311:problem:survey-reply-not-understood"),
                  "Survey reply not understood",
                  422,
                  "Follow-up " + nu.followUp() + ": " + nu.why() + "; nothing recorded.",
                  List.of(new Problem.FieldError("text", nu.why()))));
      case RecordSurveyReplyUseCase.Outcome.NotTaken nt ->
          throw new Problem.Exception(
              new Problem(
                  URI.create("urn:db3311:problem:survey-closed"),
                  "Follow-up takes no answer",
                  409,
                  "Follow-up " + nt.followUp() + " is " + nt.state() + "; nothing recorded.",
                  List.of()));
    };
  }

  /** The gateway, when the request is signed by it; 404 without a gateway, 401 when not signed. */
  private HttpSmsNotifier signed(byte[] body) {
    HttpSmsNotifier gateway =
        messaging
            .smsGateway()
            .orElseThrow(
                () ->
                    new Problem.Exception(
                        new Problem(
                            URI.create("urn:db3311:problem:no-sms-gateway"),
                            "No SMS gateway",
                            404,
                            "This deployment sends no text messages (no sgc.sms.endpoint), so it"
                                + " takes no callbacks from a gateway.",
                            List.of())));
    Map<String, String> h = new HashMap<>();
    headers.getRequestHeaders().forEach((k, v) -> h.put(k, v.isEmpty() ? "" : v.get(0)));
    URI request = uri.getRequestUri();
    String pathAndQuery =
        request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
    Optional<String> rejected =
        SmsReceipts.rejection(
            gateway, clock, "POST", pathAndQuery, h, body == null ? new byte[0] : body);
    if (rejected.isPresent()) {
      LOG.warning(() -> "SMS callback to " + request.getRawPath() + " refused: " + rejected.get());
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:bad-signature"),
              "Not signed by the SMS gateway",
              401,
              "The request is not signed with the gateway's access key: " + rejected.get() + ".",
              List.of()));
    }
    return gateway;
  }

  /** A notice and the county whose queue keeps it. */
  private record Located(Centers.County county, JpaNoticeQueue queue, QueuedNotice notice) {}

  /** The county keeping notice {@code id}: notice ids are random, so at most one does. */
  private Located locate(NoticeId id) {
    for (DivisionCode code : centers.counties()) {
      Centers.County c = centers.of(code).orElseThrow();
      JpaNoticeQueue queue = new JpaNoticeQueue(c.store());
      Optional<QueuedNotice> n = queue.find(id);
      if (n.isPresent()) {
        return new Located(c, queue, n.get());
      }
    }
    throw noSuchNotice();
  }

  private static RegistrationNumber matterOf(QueuedNotice n) {
    try {
      return RegistrationNumber.parse(n.notification().reference());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Problem.Exception noSuchNotice() {
    return new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:no-such-notice"),
            "No such notice",
            404,
            "No notice (or, for a reply, no survey) under this id is kept here: unknown, or"
                + " forgotten after its retention. Nothing was recorded.",
            List.of()));
  }

  private static Problem.Exception malformed(String detail) {
    return new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:malformed-body"),
            "Malformed request body",
            400,
            detail,
            List.of()));
  }
}
