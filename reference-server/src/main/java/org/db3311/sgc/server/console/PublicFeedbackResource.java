package org.db3311.sgc.server.console;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.NotFoundException;
import org.db3311.sgc.core.evaluation.feedback.Feedback;
import org.db3311.sgc.core.evaluation.feedback.FeedbackKind;
import org.db3311.sgc.core.evaluation.feedback.Verdict;
import org.db3311.sgc.server.feedback.FeedbackResource;
import org.db3311.sgc.server.feedback.FeedbackView.PublicStatusView;
import org.db3311.sgc.server.http.PublicEndpoint;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public page of the feedback and complaint channel (意见反馈与投诉渠道, 9.1: 设立意见反馈与投诉渠道，接受群众监督):
 * anyone submits an opinion, complaint or praise without an account and is answered with the ticket
 * and its follow code, shown once; whoever holds both follows the ticket. The work is the API's
 * ({@link FeedbackResource}): the same checks, the same code, a wrong code answered as an unknown
 * ticket. Under the public rate limit. The forms carry no session and the filter that hands the
 * console cookie on as a token covers {@code /console} only, so a forged cross-site post here acts
 * with no one's authority; {@link PublicFormOriginFilter} refuses one a browser says came from
 * another site all the same, so nobody files feedback through a visitor's browser.
 */
@Path("/public/feedback")
@RequestScoped
@PermitAll
@PublicEndpoint
public class PublicFeedbackResource {

  /** The form fields the submission takes, as the API names them. */
  private static final List<String> FIELDS = List.of("kind", "content", "about", "contact");

  @Inject Centers centers;
  @Inject FeedbackResource feedback;

  private static ConsoleTexts t() {
    return ConsoleTexts.current();
  }

  private Response page(
      int status,
      Map<String, String> values,
      Map<String, String> errors,
      String message,
      ConsoleViews.Submitted submitted,
      String followMessage,
      ConsoleViews.FeedbackStatus found) {
    Map<String, String> v = new LinkedHashMap<>(values);
    // a fresh key per form shown: a form sent twice (a double click, a reload) files one ticket
    v.put("key", UUID.randomUUID().toString());
    String given = v.getOrDefault("county", "");
    String county = given.isBlank() ? only(centers) : given;
    List<ConsoleViews.Option> counties =
        centers.counties().stream()
            .map(DivisionCode::value)
            .map(c -> new ConsoleViews.Option(c, c, c.equals(county)))
            .toList();
    String kind = v.getOrDefault("kind", "");
    List<ConsoleViews.Option> kinds =
        List.of(FeedbackKind.OPINION, FeedbackKind.COMPLAINT, FeedbackKind.PRAISE).stream()
            .map(
                k ->
                    new ConsoleViews.Option(
                        k.name(), t().name("public.kind", k), k.name().equals(kind)))
            .toList();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(
        "page",
        new ConsoleViews.FeedbackPage(
            counties, kinds, v, errors, message, submitted, followMessage, found));
    return ConsolePages.html(status, ConsoleResource.render("console/feedback.jte", p));
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response form() {
    return page(200, Map.of(), Map.of(), null, null, null, null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response submit(MultivaluedMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("county", value(form, "county"));
    FIELDS.forEach(f -> values.put(f, value(form, f)));
    JsonObjectBuilder body = Json.createObjectBuilder();
    // an empty optional field is absent, as the API reads it (no contact: anonymous)
    FIELDS.forEach(
        f -> {
          if (!values.get(f).isBlank()) {
            body.add(f, values.get(f));
          }
        });
    String json = body.build().toString();
    String key = value(form, "key");
    try {
      Response created = feedback.submit(values.get("county"), key.isBlank() ? null : key, json);
      PublicStatusView v =
          created.getEntity() instanceof PublicStatusView s
              ? s
              // a replay of the same form answers with the body first sent
              : Requests.parse(String.valueOf(created.getEntity()), PublicStatusView.class);
      return page(
          201,
          Map.of("county", values.get("county")),
          Map.of(),
          null,
          new ConsoleViews.Submitted(v.county(), v.ticket(), v.code()),
          null,
          null);
    } catch (Problem.Exception e) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (Problem.FieldError fe : e.problem().errors()) {
        errors.merge(fe.path(), fe.reason(), (a, b) -> a + t().text("list.semicolon") + b);
      }
      values.remove("key");
      return page(
          e.problem().status(),
          values,
          errors,
          t().text("error.problem", e.problem().title(), e.problem().detail()),
          null,
          null,
          null);
    }
  }

  @POST
  @Path("follow")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response follow(MultivaluedMap<String, String> form) {
    String county = value(form, "county");
    String ticket = value(form, "ticket");
    Map<String, String> values = Map.of("county", county, "ticket", ticket);
    try {
      PublicStatusView s = feedback.status(county, form.getFirst("code"), ticket);
      return page(200, values, Map.of(), null, null, null, status(s));
    } catch (NotFoundException e) {
      // an unknown ticket and a wrong code read alike: a guess learns nothing
      return page(404, values, Map.of(), null, null, t().text("public.follow.unknown"), null);
    } catch (Problem.Exception e) {
      String fields =
          String.join(
              t().text("list.semicolon"),
              e.problem().errors().stream().map(f -> f.path() + ": " + f.reason()).toList());
      return page(
          e.problem().status(),
          values,
          Map.of(),
          null,
          null,
          e.problem().status() == 404
              ? t().text("public.follow.unknown")
              : t().text(
                      "error.problem",
                      e.problem().title(),
                      fields.isEmpty() ? e.problem().detail() : fields),
          null);
    }
  }

  private static ConsoleViews.FeedbackStatus status(PublicStatusView s) {
    ConsoleTexts t = t();
    return new ConsoleViews.FeedbackStatus(
        s.ticket(),
        t.name("public.kind", FeedbackKind.valueOf(s.kind())),
        t.name("public.state", Feedback.State.valueOf(s.state())),
        s.verdict() == null ? null : t.name("public.verdict", Verdict.valueOf(s.verdict())),
        s.messages().stream().map(m -> new ConsoleViews.Step(when(m.at()), m.text())).toList());
  }

  /** An instant as the hall reads it, in the center's zone; text that is no instant as it is. */
  static String when(String at) {
    if (at == null) {
      return "";
    }
    try {
      return ConsolePages.when(Instant.parse(at));
    } catch (DateTimeParseException e) {
      return at;
    }
  }

  private static String value(MultivaluedMap<String, String> form, String name) {
    String v = form.getFirst(name);
    return v == null ? "" : v.strip();
  }

  /** The county preselected when the deployment serves only one. */
  static String only(Centers centers) {
    return centers.counties().size() == 1 ? centers.counties().getFirst().value() : "";
  }
}
