package org.db3311.sgc.server.archive;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.archive.ArchiveRecord;
import org.db3311.sgc.core.archive.ArchiveUseCases;
import org.db3311.sgc.core.archive.ArchivingResult;
import org.db3311.sgc.core.archive.FileHeader;
import org.db3311.sgc.core.archive.LedgerEntry;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.archive.filing.FilingNotFoundException;
import org.db3311.sgc.core.archive.filing.FilingResult;
import org.db3311.sgc.core.archive.filing.FilingUseCases;
import org.db3311.sgc.server.http.ETags;
import org.db3311.sgc.server.http.Idempotency;
import org.db3311.sgc.server.http.Page;
import org.db3311.sgc.server.http.Paging;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.Roles;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Archives (档案管理, 7.3; 7.3.2, 7.3.3): a closed matter's electronic file sealed and entered in the
 * ledger, the whole archive verified (each damaged file reported, the others still checked), the
 * previous year filed into volumes with the volume catalogue (案卷编目) and transfer list (移交清单), and
 * the transfer received by someone other than who handed it over. The archive is the county's:
 * every request names the county ({@code ?county=}, the caller's own when absent) and needs a
 * division covering all of it. Archivists write; inspectors, leaders and administrators may read
 * and verify.
 */
@Path("/api/v1/archive")
@RequestScoped
@Tag(name = "archive", description = "7.3 archives: sealed files, verification, yearly filing")
@SecurityRequirement(name = "bearer")
public class ArchiveResource {

  @Inject Centers centers;
  @Inject Caller caller;
  @Inject Idempotency idempotency;

  @POST
  @Path("files")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ARCHIVIST, Roles.ADMIN})
  @Operation(
      summary = "Seal a closed matter's electronic file and enter it in the ledger (7.3.2)",
      description =
          "422 when the file lacks a record type its category requires (every missing type"
              + " named); 409 when the file id was archived before (a sealed file is never"
              + " replaced). Honours Idempotency-Key.")
  public Response archive(
      @QueryParam("county") String county,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      String body) {
    Centers.County c = countyOf(county);
    var r = Requests.body(body, ArchiveRequests.ArchiveRequest.class, "The file");
    Requests.Errors errors = new Requests.Errors();
    FileHeader header = ArchiveRequests.header(errors, r.header());
    List<ArchiveRecord> records = ArchiveRequests.records(errors, r.records(), caller.actor());
    errors.throwIfAny("The file");
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () ->
            switch (archives(c)
                .archive(new ArchiveUseCases.Archive(header, records, caller.actor()))) {
              case ArchivingResult.Archived a -> {
                ArchiveView.SealedFileView view =
                    ArchiveView.SealedFileView.of(c.code().value(), a.file(), a.entry());
                yield Response.created(fileUri(c, a.file().fileId()))
                    .entity(view)
                    .tag(ETags.of(view))
                    .build();
              }
              case ArchivingResult.Refused refused -> throw incomplete(refused);
              case ArchivingResult.AlreadyArchived x ->
                  throw new Problem.Exception(
                      new Problem(
                          URI.create("urn:db3311:problem:already-archived"),
                          "Already archived",
                          409,
                          "File "
                              + x.existing().fileId()
                              + " was sealed before (seal "
                              + x.existing().seal().hex()
                              + "); a sealed file is never replaced.",
                          List.of()));
            });
  }

  @GET
  @Path("files")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ARCHIVIST, Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "The archive ledger: every sealed file in archiving order, a page at a time")
  public Page<ArchiveView.LedgerEntryView> files(
      @QueryParam("county") String county,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = countyOf(county);
    Requests.Errors errors = new Requests.Errors();
    Paging asked = Paging.of(page, size, errors);
    errors.throwIfAny("The query");
    return Page.of(
        archives(c).ledger().stream().map(ArchiveView.LedgerEntryView::of).toList(), asked);
  }

  @GET
  @Path("files/{fileId}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ARCHIVIST, Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "A sealed file: header, hashes and each record's metadata (not its content)")
  public Response file(@QueryParam("county") String county, @PathParam("fileId") String fileId) {
    Centers.County c = countyOf(county);
    ArchiveUseCases archives = archives(c);
    SealedFile f = archives.sealedFile(fileId);
    LedgerEntry entry =
        archives.ledger().stream().filter(e -> e.fileId().equals(fileId)).findFirst().orElse(null);
    ArchiveView.SealedFileView view = ArchiveView.SealedFileView.of(c.code().value(), f, entry);
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  @GET
  @Path("verification")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ARCHIVIST, Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN})
  @Operation(
      summary = "Verify every sealed file and the ledger chaining them (真实、可靠、完整, 7.3.2)",
      description =
          "Each problem names where (ledger entry, file and record); a file that cannot be read"
              + " is reported and the others are still checked. Nothing is changed.")
  public ArchiveView.VerificationView verify(@QueryParam("county") String county) {
    Centers.County c = countyOf(county);
    ArchiveUseCases archives = archives(c);
    int files = archives.ledger().size();
    return ArchiveView.VerificationView.of(c.code().value(), files, archives.verifyAll());
  }

  @POST
  @Path("filings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ARCHIVIST, Roles.ADMIN})
  @Operation(
      summary =
          "File a past year's sealed files into volumes, with the volume catalogue and transfer"
              + " list (7.3.3)",
      description =
          "409 when the year is not over, nothing is left to file, or a file fails verification"
              + " (every problem named; nothing filed). Files archived after a filing make a"
              + " supplementary filing. Honours Idempotency-Key.")
  public Response fileYear(
      @QueryParam("county") String county,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      String body) {
    Centers.County c = countyOf(county);
    var r = Requests.body(body, ArchiveRequests.FilingRequest.class, "The filing");
    Requests.Errors errors = new Requests.Errors();
    Integer year = errors.required("year", r.year());
    if (year != null && (year < 1949 || year > 9999)) {
      errors.add("year", "a year from 1949 to 9999");
    }
    errors.throwIfAny("The filing");
    return idempotency.once(
        c.store(),
        caller.actor().id(),
        idempotencyKey,
        body,
        () ->
            switch (filing(c).fileYear(new FilingUseCases.FileYear(year, caller.actor()))) {
              case FilingResult.Filed f -> {
                int n = filing(c).filings(year).size();
                ArchiveView.FilingView view =
                    ArchiveView.FilingView.of(c.code().value(), year, n, f);
                yield Response.created(
                        URI.create(
                            "/api/v1/archive/filings/"
                                + year
                                + "/"
                                + n
                                + "?county="
                                + c.code().value()))
                    .entity(view)
                    .tag(ETags.of(view))
                    .build();
              }
              case FilingResult.TooEarly t ->
                  throw notNow(
                      "urn:db3311:problem:year-not-over",
                      "Year not over",
                      year + " is filed from " + t.earliest() + " on (7.3.3: 上一年度).",
                      List.of());
              case FilingResult.NothingToFile x ->
                  throw notNow(
                      "urn:db3311:problem:nothing-to-file",
                      "Nothing to file",
                      "Every sealed file closed in " + year + " is in a volume already.",
                      List.of());
              case FilingResult.Damaged d -> {
                List<Problem.FieldError> problems = new ArrayList<>();
                d.reports()
                    .forEach(
                        rep ->
                            rep.problems()
                                .forEach(
                                    p ->
                                        problems.add(
                                            new Problem.FieldError(
                                                rep.subject() + " " + p.location(), p.message()))));
                throw notNow(
                    "urn:db3311:problem:archive-damaged",
                    "Damaged files",
                    d.reports().size()
                        + " file(s) of "
                        + year
                        + " fail verification; nothing was filed. Each problem is in 'errors'.",
                    problems);
              }
            });
  }

  @GET
  @Path("filings")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ARCHIVIST, Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "The filings of a year, first filing first, a page at a time")
  public Page<ArchiveView.FilingView> filings(
      @QueryParam("county") String county,
      @QueryParam("year") String year,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Centers.County c = countyOf(county);
    Requests.Errors errors = new Requests.Errors();
    int y = year(errors, year);
    Paging asked = Paging.of(page, size, errors);
    errors.throwIfAny("The query");
    List<FilingResult.Filed> all = filing(c).filings(y);
    List<ArchiveView.FilingView> views = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      views.add(ArchiveView.FilingView.of(c.code().value(), y, i + 1, all.get(i)));
    }
    return Page.of(views, asked);
  }

  @GET
  @Path("filings/{year}/{filing}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ARCHIVIST, Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN})
  @Operation(summary = "One filing: volumes, catalogue and transfer list, with an ETag")
  public Response filing(
      @QueryParam("county") String county,
      @PathParam("year") String year,
      @PathParam("filing") String filing) {
    Centers.County c = countyOf(county);
    ArchiveView.FilingView view = find(c, year, filing).view();
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  @POST
  @Path("filings/{year}/{filing}/receipt")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ARCHIVIST, Roles.ADMIN})
  @Operation(
      summary = "The archives receive a filing against its transfer list (7.3.3); needs If-Match",
      description =
          "The caller is the receiver and is not the one who handed it over (400); a filing is"
              + " received once (409).")
  public Response receive(
      @QueryParam("county") String county,
      @PathParam("year") String year,
      @PathParam("filing") String filing,
      @HeaderParam("If-Match") String ifMatch) {
    Centers.County c = countyOf(county);
    Found before = find(c, year, filing);
    ETags.require(ifMatch, before.view());
    if (before.filed().transferList().receipt().isEmpty()
        && before.filed().transferList().handedOverBy().equals(caller.actor())) {
      throw Requests.invalid("receiver", "the one who handed the volumes over cannot receive them");
    }
    FilingResult.Filed received =
        filing(c)
            .receiveTransfer(
                new FilingUseCases.ReceiveTransfer(
                    before.view().year(), before.view().filing(), caller.actor()));
    ArchiveView.FilingView view =
        ArchiveView.FilingView.of(
            c.code().value(), before.view().year(), before.view().filing(), received);
    return Response.ok(view).tag(ETags.of(view)).build();
  }

  /** A filing as stored and as shown. */
  private record Found(FilingResult.Filed filed, ArchiveView.FilingView view) {}

  /** The n-th filing of a year named in the path; 400 for a malformed path, 404 for none. */
  private Found find(Centers.County c, String year, String filing) {
    Requests.Errors errors = new Requests.Errors();
    int y = year(errors, year);
    int n = 0;
    try {
      n = Integer.parseInt(filing.strip());
      if (n < 1) {
        errors.add("filing", "filings are numbered from 1");
      }
    } catch (NumberFormatException e) {
      errors.add("filing", "a whole number from 1");
    }
    errors.throwIfAny("The path");
    List<FilingResult.Filed> all = filing(c).filings(y);
    if (n > all.size()) {
      throw new FilingNotFoundException(y, n, all.size());
    }
    FilingResult.Filed f = all.get(n - 1);
    return new Found(f, ArchiveView.FilingView.of(c.code().value(), y, n, f));
  }

  private static int year(Requests.Errors errors, String year) {
    if (year == null || year.isBlank()) {
      errors.add("year", "required: a year such as 2026");
      return 0;
    }
    try {
      int y = Integer.parseInt(year.strip());
      if (y >= 1949 && y <= 9999) {
        return y;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add("year", "'" + year + "' is not a year from 1949 to 9999");
    return 0;
  }

  private static Problem.Exception incomplete(ArchivingResult.Refused refused) {
    List<Problem.FieldError> errors = new ArrayList<>();
    refused.reason().missing().stream()
        .sorted()
        .forEach(t -> errors.add(new Problem.FieldError("records", "missing a " + t + " record")));
    refused.reason().problems().forEach(p -> errors.add(new Problem.FieldError("records", p)));
    return new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:file-incomplete"),
            "File incomplete",
            422,
            "File "
                + refused.reason().fileId()
                + " is not complete (7.3.2); nothing was sealed. Each gap is in 'errors'.",
            errors));
  }

  private static Problem.Exception notNow(
      String type, String title, String detail, List<Problem.FieldError> errors) {
    return new Problem.Exception(new Problem(URI.create(type), title, 409, detail, errors));
  }

  private static URI fileUri(Centers.County c, String fileId) {
    return UriBuilder.fromPath("/api/v1/archive/files/{id}")
        .queryParam("county", c.code().value())
        .build(fileId);
  }

  private Centers.County countyOf(String county) {
    return Requests.countyWide(centers, caller, county, "The archive");
  }

  private static ArchiveUseCases archives(Centers.County c) {
    return c.center().archives();
  }

  private static FilingUseCases filing(Centers.County c) {
    return c.center().filing();
  }
}
