package org.db3311.sgc.server.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.db3311.sgc.adapter.jpa.JpaGovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.GovernanceEvent;
import org.db3311.sgc.core.eventhandling.GovernanceEventSnapshot;
import org.db3311.sgc.core.eventhandling.HandleEventUseCase;
import org.db3311.sgc.core.eventhandling.ReceiveEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageEventUseCase;
import org.db3311.sgc.core.eventhandling.TriageFacts;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Idempotency;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Social-governance events (社会治理事件, 6.3): receive an accepted event matter, triage it by scope
 * (6.3.1.1: assign; escalate a cross-boundary event to the county leader on duty, 6.3.1.2; report a
 * city-level one; transfer one wholly in another county, R12), then its handling steps to review,
 * result report and archive (6.3.1.3). An event is addressed by its matter's number; every request
 * is confined to the caller's division, judged by the event's place.
 */
@Path("/api/v1/events")
@RequestScoped
@Tag(name = "events", description = "6.3 social-governance events: triage, escalation, handling")
@SecurityRequirement(name = "bearer")
public class EventResource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  /**
   * What triage decided: {@code outcome} is ASSIGNED, ASSIGNED_WITHOUT_LEAD, LED_BY_DUTY_LEADER,
   * LED_BY_FALLBACK_LEADER, REPORTED_TO_CITY or TRANSFERRED_TO_COUNTY; the other fields say to
   * whom.
   */
  public record TriageView(
      String outcome,
      String lead,
      List<String> units,
      EventView.LeaderView dutyLeader,
      String reason,
      String cityReference,
      String county,
      String reference,
      EventView event) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
  @Operation(
      summary = "Receive an accepted event matter into handling (6.3)",
      description = "Honours Idempotency-Key.")
  public Response receive(String body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
    var request = Requests.body(body, EventRequests.ReceiveRequest.class, "The event");
    Requests.Errors errors = new Requests.Errors();
    RegistrationNumber n = errors.matter("matter", request.matter());
    errors.throwIfAny("The event");
    Centers.County county = Requests.county(centers, n);
    MatterSnapshot m = county.center().intake().matter(n);
    caller.requireCovers(m.registration().place(), "Matter " + n);
    return idempotency.once(
        county.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () -> {
          county.center().events().receive(new ReceiveEventUseCase.Command(n, caller.actor()));
          GovernanceEventSnapshot s = find(county, n);
          return Response.created(URI.create("/api/v1/events/" + n))
              .entity(EventView.of(s))
              .tag(ETags.of(s))
              .build();
        });
  }

  @GET
  @Path("{matter}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLERK,
    Roles.HANDLER,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.ANALYST,
    Roles.INSPECTOR,
    Roles.ADMIN
  })
  @Operation(summary = "An event, with an ETag")
  public Response event(@PathParam("matter") String matter) {
    GovernanceEventSnapshot s = visible(matter);
    return Response.ok(EventView.of(s)).tag(ETags.of(s)).build();
  }

  @POST
  @Path("{matter}/triage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary =
          "Triage an event by its scope (6.3.1.1, 6.3.1.2, 8.2.3, R12): assign, escalate to the"
              + " duty leader, report to the city or transfer; needs If-Match")
  public Response triage(
      @PathParam("matter") String matter, @HeaderParam("If-Match") String ifMatch, String body) {
    GovernanceEventSnapshot s = visible(matter);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, EventRequests.TriageRequest.class, "The triage");
    Requests.Errors errors = new Requests.Errors();
    TriageFacts facts = EventRequests.facts(errors, r);
    errors.throwIfAny("The triage");
    Centers.County county = Requests.county(centers, s.matter());
    TriageEventUseCase.Outcome o =
        county
            .center()
            .events()
            .triage(new TriageEventUseCase.Command(s.matter(), facts, caller.actor()));
    GovernanceEventSnapshot after = find(county, s.matter());
    EventView e = EventView.of(after);
    TriageView view =
        switch (o) {
          case TriageEventUseCase.Outcome.Assigned a ->
              new TriageView("ASSIGNED", a.lead().value(), null, null, null, null, null, null, e);
          case TriageEventUseCase.Outcome.AssignedWithoutLead a ->
              new TriageView(
                  "ASSIGNED_WITHOUT_LEAD",
                  null,
                  a.units().stream().map(u -> u.value()).toList(),
                  null,
                  null,
                  null,
                  null,
                  null,
                  e);
          case TriageEventUseCase.Outcome.LedByDutyLeader l ->
              new TriageView(
                  "LED_BY_DUTY_LEADER",
                  l.lead().value(),
                  null,
                  EventView.LeaderView.of(l.leader()),
                  null,
                  null,
                  null,
                  null,
                  e);
          case TriageEventUseCase.Outcome.LedByFallbackLeader l ->
              new TriageView(
                  "LED_BY_FALLBACK_LEADER",
                  l.lead().value(),
                  null,
                  EventView.LeaderView.of(l.leader()),
                  l.reason(),
                  null,
                  null,
                  null,
                  e);
          case TriageEventUseCase.Outcome.ReportedToCity c ->
              new TriageView(
                  "REPORTED_TO_CITY", null, null, null, null, c.cityReference(), null, null, e);
          case TriageEventUseCase.Outcome.TransferredToCounty t ->
              new TriageView(
                  "TRANSFERRED_TO_COUNTY",
                  null,
                  null,
                  null,
                  null,
                  null,
                  t.county().value(),
                  t.reference(),
                  e);
        };
    return Response.ok(view).tag(ETags.of(after)).build();
  }

  @POST
  @Path("{matter}/steps")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.HANDLER, Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "One handling step of an event (6.3.1.3); needs If-Match",
      description =
          "step: SIGN_FOR, DECLINE_ASSIGNMENT (reason), REPORT_HANDLED (summary), CITY_RESULT"
              + " (summary), RETURN (reason), CLOSE (outcome RESOLVED/NOT_RESOLVED/ANSWERED,"
              + " summary), REVIEW (review: assessment, lessons, reviewedBy), REPORT_RESULT"
              + " (report), ARCHIVE.")
  public Response step(
      @PathParam("matter") String matter, @HeaderParam("If-Match") String ifMatch, String body) {
    GovernanceEventSnapshot s = visible(matter);
    ETags.require(ifMatch, s);
    var r = Requests.body(body, EventRequests.StepRequest.class, "The step");
    Requests.Errors errors = new Requests.Errors();
    HandleEventUseCase.Step step = EventRequests.step(errors, r);
    errors.throwIfAny("The step");
    Centers.County county = Requests.county(centers, s.matter());
    county
        .center()
        .events()
        .handle(new HandleEventUseCase.Command(s.matter(), step, caller.actor()));
    GovernanceEventSnapshot after = find(county, s.matter());
    return Response.ok(EventView.of(after)).tag(ETags.of(after)).build();
  }

  /** The event, if it exists and lies in the caller's division. */
  private GovernanceEventSnapshot visible(String matter) {
    RegistrationNumber n = Requests.number(matter);
    GovernanceEventSnapshot s = find(Requests.county(centers, n), n);
    caller.requireCovers(s.place(), "Event " + n);
    return s;
  }

  static GovernanceEventSnapshot find(Centers.County county, RegistrationNumber n) {
    return new JpaGovernanceEventRepository(county.store())
        .find(n)
        .map(GovernanceEvent::snapshot)
        .orElseThrow(() -> Requests.notFound("Event " + n));
  }
}
