package org.db3311.sgc.server.assessment;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.microprofile.server.RoutingPath;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.db3311.sgc.adapter.profilejson.JsonCenterProfileCodec;
import org.db3311.sgc.adapter.profilejson.ProfileParseResult;
import org.db3311.sgc.core.assessment.AssessmentReport;
import org.db3311.sgc.core.assessment.Assessor;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.server.http.BodyLimit;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.problem.ProblemJson;
import org.db3311.sgc.server.problem.ProblemMappers;
import org.db3311.sgc.server.wiring.ServerSettings;

/**
 * {@code POST /api/assessments}: assesses a center profile (published JSON format) against chapters
 * 4, 5, 7, 8.1 and Appendix A of DB3311/T and answers with the clause-by-clause report.
 *
 * <p>Served by the web server's own routing, ahead of Jersey, because the endpoint is public, reads
 * no token and keeps no state, while Jersey and Helidon's security filter (which runs on {@code
 * PermitAll} methods too, with no switch per method) cost a quarter of its CPU (README,
 * Benchmarks). What a client sees is what the JAX-RS resources answer: the body limit ({@code
 * sgc.http.max-body-bytes}, 413), 415 for a body that is not JSON, 406 when JSON is not accepted,
 * every error as a problem document. The endpoint's OpenAPI description is in {@code
 * META-INF/openapi.yml}, since no annotated resource method declares it. The examples and the
 * schema stay with {@link AssessmentResource}.
 */
@ApplicationScoped
@RoutingPath(AssessmentRoute.PATH)
public class AssessmentRoute implements HttpService {

  static final String PATH = "/api/assessments";

  private static final Logger LOG = Logger.getLogger(AssessmentRoute.class.getName());
  private static final String JSON = "application/json";

  private final JsonCenterProfileCodec codec = new JsonCenterProfileCodec();
  private final Assessor assessor = Assessor.standard();
  private final Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
  private final long maxBodyBytes;

  @Inject
  public AssessmentRoute(ServerSettings settings) {
    this.maxBodyBytes = settings.maxBodyBytes();
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/", this::handle);
    rules.any("/", AssessmentRoute::notAllowed);
  }

  /** Jersey answered other methods with 405 while it served the path; so does the route. */
  private static void notAllowed(ServerRequest request, ServerResponse response) {
    response.header(HeaderNames.ALLOW, "POST");
    send(
        response,
        httpProblem(
            405,
            "Method Not Allowed",
            "Assessments are made with POST; "
                + request.prologue().method().text()
                + " is not served here."));
  }

  private void handle(ServerRequest request, ServerResponse response) {
    byte[] report;
    try {
      report = assess(request);
    } catch (Problem.Exception e) {
      send(response, e.problem());
      return;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "unexpected error", e);
      send(response, ProblemMappers.internal());
      return;
    }
    response.header(HeaderNames.CONTENT_TYPE, JSON);
    response.send(report);
  }

  private static void send(ServerResponse response, Problem problem) {
    response.status(Status.create(problem.status()));
    response.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.send(ProblemJson.bytes(problem));
  }

  /** Checked in the order the JAX-RS resources check: size, media types, body, parameters. */
  private byte[] assess(ServerRequest request) {
    OptionalLong declared = request.headers().contentLength();
    if (declared.isPresent() && declared.getAsLong() > maxBodyBytes) {
      throw BodyLimit.tooLarge(maxBodyBytes);
    }
    Charset charset = charset(request.headers().contentType());
    if (!request.headers().isAccepted(MediaTypes.APPLICATION_JSON)) {
      throw http(
          406, "Not Acceptable", "The report is application/json; the request accepts none.");
    }
    byte[] body = body(request);
    LocalDate day = parseDay(request.query().first("assessedOn").orElse(null));
    EvidenceMode evidence = parseMode(request.query().first("mode").orElse(null));
    String profileJson = new String(body, charset);
    if (profileJson.isBlank()) {
      throw invalid("The request body must be a center profile (JSON).", List.of());
    }
    ProfileParseResult parsed = codec.parse(profileJson);
    if (parsed instanceof ProfileParseResult.Rejected rejected) {
      throw invalid(
          "The center profile has "
              + rejected.errors().size()
              + " error(s); every one is listed in 'errors'.",
          rejected.errors().stream()
              .map(e -> new Problem.FieldError(e.path(), e.reason()))
              .toList());
    }
    AssessmentReport report = assessor.assess(parsed.orElseThrow(), day, evidence);
    return AssessmentReportJson.bytes(report);
  }

  /**
   * The body's charset: JSON is UTF-8 (RFC 8259), but a client that names another one gets it
   * honoured, as the JAX-RS resources honour it. A body without a type is taken as JSON.
   */
  private static Charset charset(Optional<HttpMediaType> contentType) {
    if (contentType.isEmpty()) {
      return StandardCharsets.UTF_8;
    }
    HttpMediaType type = contentType.get();
    if (!type.type().equalsIgnoreCase("application") || !type.subtype().equalsIgnoreCase("json")) {
      throw http(
          415,
          "Unsupported Media Type",
          "The body must be a center profile as application/json, not " + type.text() + ".");
    }
    try {
      return type.charset().map(Charset::forName).orElse(StandardCharsets.UTF_8);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw http(
          415,
          "Unsupported Media Type",
          "The body's charset " + type.charset().orElse("") + " is not supported; send UTF-8.");
    }
  }

  /** The whole body, refused with 413 once it passes the limit, whether its length was declared. */
  private byte[] body(ServerRequest request) {
    if (!request.content().hasEntity()) {
      return new byte[0];
    }
    int cap = (int) Math.min(maxBodyBytes + 1, Integer.MAX_VALUE - 16);
    try (InputStream in = request.content().inputStream()) {
      byte[] bytes = in.readNBytes(cap);
      if (bytes.length > maxBodyBytes) {
        throw BodyLimit.tooLarge(maxBodyBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * R11: a self-assessment (the default) judges the organisational clauses from the declared facts;
   * an inspection also asks for their current attestations.
   */
  private static EvidenceMode parseMode(String mode) {
    if (mode == null || mode.isBlank()) {
      return EvidenceMode.SELF_ASSESSMENT;
    }
    try {
      return EvidenceMode.valueOf(mode.strip());
    } catch (IllegalArgumentException e) {
      throw invalid(
          "mode must be SELF_ASSESSMENT or INSPECTION, not '" + mode + "'.",
          List.of(new Problem.FieldError("mode", "SELF_ASSESSMENT or INSPECTION")));
    }
  }

  private LocalDate parseDay(String assessedOn) {
    if (assessedOn == null || assessedOn.isBlank()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(assessedOn.strip());
    } catch (DateTimeParseException e) {
      throw invalid(
          "assessedOn must be a date such as 2026-11-25, not '" + assessedOn + "'.",
          List.of(new Problem.FieldError("assessedOn", "not an ISO-8601 date")));
    }
  }

  private static Problem.Exception invalid(String detail, List<Problem.FieldError> errors) {
    return new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:invalid-center-profile"),
            "Invalid center profile",
            400,
            detail,
            errors));
  }

  private static Problem.Exception http(int status, String title, String detail) {
    return new Problem.Exception(httpProblem(status, title, detail));
  }

  private static Problem httpProblem(int status, String title, String detail) {
    return new Problem(
        URI.create("urn:db3311:problem:http-" + status), title, status, detail, List.of());
  }
}
