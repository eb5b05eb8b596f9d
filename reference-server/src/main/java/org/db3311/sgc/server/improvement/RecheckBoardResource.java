package org.db3311.sgc.server.improvement;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.db3311.sgc.server.http.Page;
import org.db3311.sgc.server.http.PublicAccess;
import org.db3311.sgc.server.http.PublicEndpoint;
import org.db3311.sgc.server.improvement.CorrectiveActionView.PublicRecheckView;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public board of re-check results (实时公开和反馈复查验证信息, 9.3.3): every re-check as it was recorded,
 * readable by anyone without a token. The public names the county ({@code ?county=331102}).
 */
@Path("/api/v1/rechecks")
@RequestScoped
@Tag(name = "improvement", description = "9.3 improvement: corrective actions and re-checks")
public class RecheckBoardResource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject JsonWebToken token;

  @GET
  @PermitAll
  @PublicEndpoint
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Public: every re-check result disclosed (9.3.3), newest first, paged",
      description =
          "No token needed; county is required without one. Shows no staff names; phone and"
              + " identity numbers in the texts are masked.")
  public Page<PublicRecheckView> board(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = PublicAccess.county(centers, caller, token, county);
    Page.check(page, size);
    List<PublicRecheckView> all =
        new ArrayList<>(
            c.center().correctiveActions().publishedRechecks().stream()
                .map(PublicRecheckView::of)
                .toList());
    Collections.reverse(all);
    return Page.of(all, page, size);
  }
}
