package org.db3311.sgc.server.open311;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.NotFoundException;
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.PartyRole;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.SourceReference;
import org.db3311.sgc.server.http.Idempotency;
import org.db3311.sgc.server.http.PublicEndpoint;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open311 GeoReport v2 (services; requests: create, read, list), so that hotlines and municipal
 * systems that speak it can submit matters and follow them. The mapping onto DB3311:
 *
 * <ul>
 *   <li>a service is a category of matter ({@code service_code} = category code);
 *   <li>{@code jurisdiction_id} is the county's division code (a deployment serves several);
 *   <li>a request is a matter transferred from the platform configured as {@code
 *       sgc.open311.channel} (default 12345), so it carries that platform's reference, sent as the
 *       service attribute {@code attribute[source_reference]}; a retry with the same reference
 *       returns the matter already registered;
 *   <li>{@code service_request_id} is the registration number; a matter is {@code closed} once
 *       closed, refused or withdrawn, else {@code open}.
 * </ul>
 *
 * Writing needs a bearer token with the clerk role (the platform's system account) for the county.
 */
@Path("/open311/v2")
@RequestScoped
@Tag(name = "open311", description = "Open311 GeoReport v2")
public class Open311Resource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  @Inject
  @ConfigProperty(name = "sgc.open311.channel", defaultValue = "HOTLINE_12345")
  String channelName;

  /** A GeoReport service. */
  public record Service(
      String service_code,
      String service_name,
      String description,
      boolean metadata,
      String type,
      String keywords,
      String group) {}

  /** A GeoReport service definition. */
  public record Definition(String service_code, List<Attribute> attributes) {}

  public record Attribute(
      boolean variable,
      String code,
      String datatype,
      boolean required,
      String datatype_description,
      int order,
      String description) {}

  /** A GeoReport service request. */
  public record Request(
      String service_request_id,
      String status,
      String status_notes,
      String service_name,
      String service_code,
      String description,
      String agency_responsible,
      String service_notice,
      String requested_datetime,
      String updated_datetime,
      String expected_datetime,
      String address,
      String address_id,
      String zipcode,
      Double lat,
      Double lon,
      String media_url) {}

  /** The answer to a created request. */
  public record Created(String service_request_id, String service_notice, String account_id) {}

  @GET
  @Path("services.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PermitAll
  @PublicEndpoint
  @Operation(summary = "Open311: the services (categories of matter)")
  public List<Service> services() {
    return CategoryTaxonomy.defaults().all().stream()
        .map(
            c ->
                new Service(
                    c.code(),
                    c.nameZh(),
                    c.nameEn(),
                    true,
                    "batch",
                    c.nameEn(),
                    c.kind().name().toLowerCase(java.util.Locale.ROOT)))
        .toList();
  }

  @GET
  @Path("services/{code}.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PermitAll
  @PublicEndpoint
  @Operation(summary = "Open311: a service's definition (the source reference it needs)")
  public Definition definition(@PathParam("code") String code) {
    CategoryTaxonomy.defaults()
        .find(code)
        .orElseThrow(() -> problem(404, "unknown-service", "No service '" + code + "'."));
    return new Definition(
        code,
        List.of(
            new Attribute(
                true,
                "source_reference",
                "string",
                true,
                "the sending platform's own reference of the request",
                1,
                "Your reference of this request; a retry with the same reference is not registered"
                    + " twice.")));
  }

  @POST
  @Path("requests.json")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.ADMIN})
  @Operation(summary = "Open311: submit a request (registers a transferred matter)")
  public Response create(
      MultivaluedMap<String, String> form, @HeaderParam(Idempotency.HEADER) String key) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String jurisdiction = form.getFirst("jurisdiction_id");
    String code = form.getFirst("service_code");
    String description = form.getFirst("description");
    String address = form.getFirst("address_string");
    String reference = form.getFirst("attribute[source_reference]");
    DivisionCode county = null;
    try {
      county = DivisionCode.of(jurisdiction);
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError("jurisdiction_id", "the county's division code"));
    }
    if (code == null || CategoryTaxonomy.defaults().find(code).isEmpty()) {
      errors.add(new Problem.FieldError("service_code", "one of GET services.json"));
    }
    if (description == null || description.isBlank()) {
      errors.add(new Problem.FieldError("description", "required"));
    }
    if (address == null || address.isBlank()) {
      errors.add(new Problem.FieldError("address_string", "required: the place the matter arose"));
    }
    if (reference == null || reference.isBlank()) {
      errors.add(new Problem.FieldError("attribute[source_reference]", "required"));
    }
    String name =
        (Optional.ofNullable(form.getFirst("last_name")).orElse("")
                + Optional.ofNullable(form.getFirst("first_name")).orElse(""))
            .strip();
    if (name.isEmpty()) {
      errors.add(new Problem.FieldError("last_name", "the person's name is required"));
    }
    Optional<PhoneNumber> phone = Optional.empty();
    if (form.getFirst("phone") != null) {
      try {
        phone = Optional.of(PhoneNumber.of(form.getFirst("phone")));
      } catch (IllegalArgumentException e) {
        errors.add(new Problem.FieldError("phone", e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:invalid-request"),
              "Invalid request",
              400,
              "The request has " + errors.size() + " error(s); every one is listed in 'errors'.",
              errors));
    }
    Channel channel = Channel.valueOf(channelName);
    Place place = new Place(county, Optional.empty(), address);
    caller.requireCovers(place, "County " + county.value());
    Registration registration =
        new Registration(
            channel,
            Optional.of(new SourceReference(channel, reference)),
            Optional.empty(),
            List.of(
                new MatterParty(
                    PartyRole.APPLICANT, new Party.Citizen(name, Optional.empty(), phone))),
            code,
            place,
            description,
            List.of(
                new Material.Submitted(
                    MaterialKind.SOURCE_RECORD, "Open311 request " + reference)));
    Centers.County c =
        centers
            .of(county)
            .orElseThrow(() -> problem(404, "county-not-served", "County not served here."));
    String body = new java.util.TreeMap<>(form).toString();
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        key,
        body,
        () -> {
          var receipt =
              c.center()
                  .intake()
                  .register(new RegisterMatterUseCase.Command(registration, caller.actor()));
          return Response.status(receipt.alreadyRegistered() ? 200 : 201)
              .entity(
                  List.of(
                      new Created(
                          receipt.number().toString(),
                          receipt.alreadyRegistered()
                              ? "already registered under this number"
                              : "registered",
                          null)))
              .build();
        });
  }

  @GET
  @Path("requests/{id}.json")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLERK,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.HANDLER,
    Roles.MEDIATOR,
    Roles.ADMIN
  })
  @Operation(summary = "Open311: one request (a matter) by its number")
  public List<Request> request(@PathParam("id") String id) {
    return List.of(read(id));
  }

  @GET
  @Path("requests.json")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Roles.CLERK,
    Roles.SUPERVISOR,
    Roles.LEADER,
    Roles.HANDLER,
    Roles.MEDIATOR,
    Roles.ADMIN
  })
  @Operation(
      summary =
          "Open311: requests by service_request_id (comma-separated); unknown ids are left out")
  public List<Request> requests(@QueryParam("service_request_id") String ids) {
    if (ids == null || ids.isBlank()) {
      throw problem(
          400,
          "invalid-request",
          "Give service_request_id (comma-separated registration numbers); searching by other"
              + " criteria is served by /api/v1/matters.");
    }
    List<Request> out = new ArrayList<>();
    for (String id : ids.split(",")) {
      try {
        out.add(read(id.strip()));
      } catch (NotFoundException | IllegalArgumentException | Problem.Exception e) {
        // GeoReport lists what it has; an unknown or foreign id is simply not listed
      }
    }
    return out;
  }

  private Request read(String id) {
    RegistrationNumber n = RegistrationNumber.parse(id);
    Centers.County c =
        centers.of(n).orElseThrow(() -> problem(404, "not-found", "No request '" + id + "'."));
    MatterSnapshot s = c.center().intake().matter(n);
    caller.requireCovers(s.registration().place(), "Request " + id);
    boolean closed =
        s.state() == MatterState.CLOSED
            || s.state() == MatterState.REFUSED
            || s.state() == MatterState.WITHDRAWN;
    String notes =
        s.result()
            .map(r -> r.summary())
            .or(() -> s.refusal().map(r -> r.reason()))
            .or(() -> s.withdrawalReason())
            .orElse(s.state().name());
    String name =
        CategoryTaxonomy.defaults()
            .find(s.registration().categoryCode())
            .map(x -> x.nameZh())
            .orElse(s.registration().categoryCode());
    return new Request(
        s.number().toString(),
        closed ? "closed" : "open",
        notes,
        name,
        s.registration().categoryCode(),
        s.registration().description(),
        s.handling().map(h -> h.track().name()).orElse(null),
        null,
        s.registeredAt().toString(),
        s.closedAt().orElse(s.registeredAt()).toString(),
        null,
        s.registration().place().address(),
        null,
        null,
        null,
        null,
        null);
  }

  private static Problem.Exception problem(int status, String type, String detail) {
    return new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:" + type),
            status == 404 ? "Not found" : "Invalid request",
            status,
            detail,
            List.of()));
  }
}
