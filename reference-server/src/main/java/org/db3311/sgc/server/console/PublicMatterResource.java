package org.db3311.sgc.server.console;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.adapter.jpa.JpaMediationCaseRepository;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.NotFoundException;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationCase;
import org.db3311.sgc.server.http.PublicEndpoint;
import org.db3311.sgc.server.intake.MatterFollowCodes;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public follow page (办理进度查询): anyone holding a matter's registration number and the follow
 * code printed on its receipt sees the matter's progress, without an account, under the public rate
 * limit. Names are masked and neither the description, the address, identity numbers nor phones are
 * shown; a wrong code answers as an unknown number does, so a guess learns nothing. The form is
 * posted, so the code stays out of addresses and logs.
 */
@Path("/public/matters")
@RequestScoped
@PermitAll
@PublicEndpoint
public class PublicMatterResource {

  /** The answer to an unknown number and to a wrong code alike, in Chinese. */
  static final String UNKNOWN = ConsoleTexts.DEFAULT.text("follow.unknown");

  /** The same answer in the request's language. */
  static String unknown() {
    return ConsoleTexts.current().text("follow.unknown");
  }

  @Inject Centers centers;

  private static String page(String number, String error, ConsoleViews.Follow follow) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("number", number);
    p.put("error", error);
    p.put("follow", follow);
    return ConsoleResource.render("console/follow.jte", p);
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response form() {
    return ConsolePages.html(200, page("", null, null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response follow(MultivaluedMap<String, String> form) {
    String number = Objects.requireNonNullElse(form.getFirst("number"), "").strip();
    String code = form.getFirst("code");
    RegistrationNumber n;
    try {
      n = RegistrationNumber.parse(number);
    } catch (IllegalArgumentException e) {
      return ConsolePages.html(
          400, page(number, ConsoleTexts.current().text("follow.badNumber"), null));
    }
    Optional<Centers.County> county = centers.of(n);
    if (county.isEmpty() || !MatterFollowCodes.matches(county.get(), n, code)) {
      return ConsolePages.html(404, page(number, unknown(), null));
    }
    Centers.County c = county.get();
    MatterSnapshot s;
    try {
      s = c.center().intake().matter(n);
    } catch (NotFoundException e) {
      return ConsolePages.html(404, page(number, unknown(), null));
    }
    return ConsolePages.html(200, page(number, null, view(c, s)));
  }

  private static ConsoleViews.Follow view(Centers.County c, MatterSnapshot s) {
    var audit = c.store().auditTrail();
    record Found(List<AuditEntry> entries, Optional<MediationCase> mediation) {}
    Found found =
        c.store()
            .unitOfWork()
            .inTransaction(
                () ->
                    new Found(
                        audit.of("Matter", s.number().toString()),
                        new JpaMediationCaseRepository(c.store())
                            .ofMatter(s.number()).stream()
                                .max(Comparator.comparingInt(m -> m.snapshot().id().attempt()))));
    List<ConsoleViews.Step> steps = new ArrayList<>();
    for (AuditEntry e :
        found.entries().stream().sorted(Comparator.comparing(AuditEntry::at)).toList()) {
      String to;
      try {
        to = ConsoleCaseResource.stateName(MatterState.valueOf(e.toState()));
      } catch (IllegalArgumentException | NullPointerException x) {
        continue;
      }
      if (!steps.isEmpty() && steps.getLast().state().equals(to)) {
        continue;
      }
      steps.add(new ConsoleViews.Step(ConsolePages.when(e.at()), to));
    }
    return new ConsoleViews.Follow(
        s.number().toString(),
        ConsoleCaseResource.stateName(s.state()),
        ConsoleCaseResource.category(s.registration().categoryCode()),
        s.registration().place().township().orElse(c.code().value()),
        ConsolePages.when(s.registeredAt()),
        s.registration().applicants().stream().map(a -> masked(a.party().name())).toList(),
        s.state() == MatterState.AWAITING_SUPPLEMENT && !s.notices().isEmpty()
            ? s.notices().getLast().items().stream()
                .map(i -> ConsoleCaseResource.material(i.kind()))
                .toList()
            : List.of(),
        found
            .mediation()
            .map(m -> ConsoleCaseResource.mediationName(m.snapshot().state()))
            .orElse(null),
        steps);
  }

  /** A name as the public sees it: the first character, the rest starred (张三 → 张*). */
  static String masked(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first)
        + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
  }
}
