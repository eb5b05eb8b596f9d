package org.db3311.sgc.server.console;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.server.http.Page;
import org.db3311.sgc.server.http.Paging;
import org.db3311.sgc.server.http.PublicEndpoint;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.improvement.CorrectiveActionView.PublicRecheckView;
import org.db3311.sgc.server.improvement.RecheckBoardResource;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public page of re-check results (复查验证信息, 9.3.3: 应建立改进跟踪复查机制，实时公开和反馈复查验证信息): every re-check as
 * recorded, newest first, paged as the API pages it ({@link RecheckBoardResource}, whose work this
 * is: no staff names, phone and identity numbers masked). The county is chosen from those this
 * deployment serves; the only one is taken when there is one. Under the public rate limit.
 */
@Path("/public/rechecks")
@RequestScoped
@PermitAll
@PublicEndpoint
public class PublicRecheckResource {

  @Inject Centers centers;
  @Inject RecheckBoardResource board;

  private static ConsoleTexts t() {
    return ConsoleTexts.current();
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response rechecks(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    String chosen =
        county == null || county.isBlank() ? PublicFeedbackResource.only(centers) : county.strip();
    List<ConsoleViews.Option> counties =
        centers.counties().stream()
            .map(DivisionCode::value)
            .map(c -> new ConsoleViews.Option(c, c, c.equals(chosen)))
            .toList();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("counties", counties);
    p.put("county", chosen);
    if (chosen.isEmpty()) {
      // several counties and none chosen yet: the choice, not an error
      p.put("rows", null);
      p.put("pager", null);
      p.put("error", null);
      return ConsolePages.html(200, ConsoleResource.render("console/rechecks.jte", p));
    }
    try {
      Page<PublicRecheckView> found = board.board(chosen, page, size);
      p.put(
          "rows",
          found.items().stream()
              .map(
                  r ->
                      new ConsoleViews.RecheckRow(
                          PublicFeedbackResource.when(r.publishedAt()),
                          r.action(),
                          r.owner(),
                          r.finding(),
                          r.measure(),
                          r.round(),
                          t().text(
                                  r.passed() ? "public.rechecks.passed" : "public.rechecks.failed"),
                          r.notes()))
              .toList());
      // the board has refused a bad page or size already
      Requests.Errors ignored = new Requests.Errors();
      p.put(
          "pager",
          ConsolePager.of(
              Paging.of(page, size, ignored),
              found.total(),
              "/public/rechecks",
              ConsolePager.param("county", chosen)));
      p.put("error", null);
      return ConsolePages.html(200, ConsoleResource.render("console/rechecks.jte", p));
    } catch (Problem.Exception e) {
      String fields =
          String.join(
              t().text("list.semicolon"),
              e.problem().errors().stream().map(f -> f.path() + ": " + f.reason()).toList());
      p.put("rows", null);
      p.put("pager", null);
      p.put(
          "error",
          t().text(
                  "error.problem",
                  e.problem().title(),
                  fields.isEmpty() ? e.problem().detail() : fields));
      return ConsolePages.html(
          e.problem().status(), ConsoleResource.render("console/rechecks.jte", p));
    }
  }
}
