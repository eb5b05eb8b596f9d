package org.db3311.sgc.server.display;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.profile.Facility;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.assessment.profile.Zone;
import org.db3311.sgc.core.assessment.profile.ZoneFunction;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.QueueCall;
import org.db3311.sgc.server.console.ConsoleTexts;
import org.db3311.sgc.server.http.PublicEndpoint;
import org.db3311.sgc.server.http.Requests;
import org.db3311.sgc.server.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The hall's display pages, public (a screen has no token) and read-only: the screen above a window
 * (5.3.5: 窗口正上方采用电子屏幕等方式标示对应的窗口功能; and the number called to it, 7.2.1.3: 按序叫号), the function-zone
 * map (5.3.5: 醒目位置应设有功能区分布图，标注公共服务设施和窗口位置), and the server-sent-events feed both pages follow. A
 * page shows the current state when served and keeps it current from the feed; a screen that loses
 * its connection reconnects with {@code Last-Event-ID} and receives the windows changed meanwhile.
 * They show numbers and functions only, never a name.
 */
@Path("/display")
@RequestScoped
@PermitAll
@PublicEndpoint
@Tag(name = "display", description = "5.3.5 public display pages and their SSE feed")
@Implements({"5.3.5", "7.2.1.3"})
public class DisplayPageResource {

  private static final java.security.SecureRandom NONCES = new java.security.SecureRandom();

  @Inject Displays displays;

  /**
   * How many screens may follow one county's feed at once: each holds a connection open, so a
   * client opening feeds without end would otherwise hold the server's resources without end.
   */
  @Inject
  @ConfigProperty(name = "sgc.display.feed.max-subscribers", defaultValue = "200")
  int maxFeeds;

  @GET
  @Path("{county}/feed")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary = "The county's window screens as server-sent events (event 'window', JSON data)",
      description =
          "First the latest state of every window (only those changed after Last-Event-ID when"
              + " the header is sent), then every call as it is made.")
  public void feed(
      @PathParam("county") String county,
      @HeaderParam("Last-Event-ID") String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    CountyDisplay d = display(county);
    if (d.feed().subscribers() >= maxFeeds) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:too-many-screens"),
              "Too many screens",
              503,
              "This county's feed already serves "
                  + maxFeeds
                  + " screens (sgc.display.feed.max-subscribers); try again later.",
              List.of()));
    }
    d.feed()
        .subscribe(
            new PageFeed(sink, sse, io.helidon.common.context.Contexts.context()),
            since(lastEventId));
  }

  /** The id a browser sent back; anything else (absent, not a number) replays every window. */
  static long since(String lastEventId) {
    if (lastEventId == null) {
      return 0;
    }
    try {
      return Math.max(0, Long.parseLong(lastEventId.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @GET
  @Path("{county}/windows/{window}")
  @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
  @Operation(summary = "The screen above one window: its function and the number called to it")
  public Response window(@PathParam("county") String county, @PathParam("window") String label) {
    CountyDisplay d = display(county);
    ServiceWindow w =
        d.window(label).orElseThrow(() -> Requests.notFound("Window " + label + " of this hall"));
    Optional<QueueCall> call = d.latest(label);
    String number = call.map(c -> c.ticket().number()).orElse("—");
    ConsoleTexts t = ConsoleTexts.current();
    String wait = t.text("display.wait");
    String announcement = call.map(QueueCall::announcement).orElse(wait);
    String body =
        """
        <main class="window" data-window="%s">
          <p class="label">%s</p>
          <h1 class="function" id="function">%s</h1>
          <p class="number" id="number" aria-live="polite">%s</p>
          <p class="announcement" id="announcement">%s</p>
          <p class="status" id="status" hidden>%s</p>
        </main>
        <script>
        (function () {
          var label = %s;
          var feed = new EventSource(%s);
          var status = document.getElementById('status');
          feed.addEventListener('window', function (e) {
            var s = JSON.parse(e.data);
            if (s.window !== label) { return; }
            document.getElementById('function').textContent = s.function || '';
            document.getElementById('number').textContent = s.number || '—';
            document.getElementById('announcement').textContent =
                s.announcement || %s;
          });
          feed.onopen = function () { status.hidden = true; };
          feed.onerror = function () { status.hidden = false; };
        })();
        </script>
        """
            .formatted(
                html(w.label()),
                html(t.text("display.window", w.label())),
                html(w.function()),
                html(number),
                html(announcement),
                html(t.text("display.lost")),
                js(w.label()),
                js(feedPath(d)),
                js(wait));
    return page(t, t.text("display.window", w.label()) + " " + w.function(), body);
  }

  @GET
  @Path("{county}/zone-map")
  @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
  @Operation(summary = "The function-zone map: zones, windows with their numbers, facilities")
  public Response zoneMap(@PathParam("county") String county) {
    CountyDisplay d = display(county);
    ConsoleTexts t = ConsoleTexts.current();
    StringBuilder zones = new StringBuilder();
    for (Zone z : d.hall().profile().zones()) {
      zones
          .append("<section class=\"zone\"><h2>")
          .append(html(t.english() ? z.kind().en() : z.kind().zh(d.hall().profile().tier())))
          .append("</h2><ul>");
      for (ZoneFunction f : z.functions().stream().sorted().toList()) {
        zones.append("<li>").append(html(t.english() ? f.en() : f.zh())).append("</li>");
      }
      zones.append("</ul></section>\n");
    }
    StringBuilder windows = new StringBuilder();
    for (ServiceWindow w : d.hall().windows()) {
      String number = d.latest(w.label()).map(c -> c.ticket().number()).orElse("—");
      windows
          .append("<tr data-window=\"")
          .append(html(w.label()))
          .append("\"><th>")
          .append(html(t.text("display.window", w.label())))
          .append("</th><td>")
          .append(html(w.function()))
          .append("</td><td class=\"number\">")
          .append(html(number))
          .append("</td></tr>\n");
    }
    StringBuilder facilities = new StringBuilder();
    for (Facility f : d.hall().facilities()) {
      facilities.append("<li>").append(html(t.english() ? f.en() : f.zh())).append("</li>");
    }
    String body =
        """
        <main class="zone-map">
          <h1>%s</h1>
          <div class="zones">
        %s  </div>
          <h2>%s</h2>
          <table class="windows">
            <thead><tr><th>%s</th><th>%s</th><th>%s</th></tr></thead>
            <tbody>
        %s    </tbody>
          </table>
          <h2>%s</h2>
          <ul class="facilities">%s</ul>
          <p class="status" id="status" hidden>%s</p>
        </main>
        <script>
        (function () {
          var feed = new EventSource(%s);
          var status = document.getElementById('status');
          feed.addEventListener('window', function (e) {
            var s = JSON.parse(e.data);
            var rows = document.querySelectorAll('tr[data-window]');
            for (var i = 0; i < rows.length; i++) {
              if (rows[i].getAttribute('data-window') === s.window) {
                rows[i].querySelector('.number').textContent = s.number || '—';
              }
            }
          });
          feed.onopen = function () { status.hidden = true; };
          feed.onerror = function () { status.hidden = false; };
        })();
        </script>
        """
            .formatted(
                html(t.text("display.zoneMap")),
                zones,
                html(t.text("display.windows")),
                html(t.text("display.windowColumn")),
                html(t.text("display.function")),
                html(t.text("display.calling")),
                windows,
                html(t.text("display.facilities")),
                facilities,
                html(t.text("display.lost")),
                js(feedPath(d)));
    return page(t, t.text("display.zoneMap"), body);
  }

  private static String feedPath(CountyDisplay d) {
    return "/display/" + d.county().value() + "/feed";
  }

  private CountyDisplay display(String county) {
    DivisionCode code;
    try {
      code = DivisionCode.of(county.strip());
    } catch (IllegalArgumentException e) {
      throw Requests.invalid("county", e.getMessage());
    }
    return displays.of(code).orElseThrow(() -> Requests.notServed(code.value()));
  }

  private static Response page(ConsoleTexts t, String title, String body) {
    String html =
        """
        <!DOCTYPE html>
        <html lang="%s">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title>
        <style>
          html, body { margin: 0; background: #0b1f3a; color: #fff;
            font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; }
          main { padding: 3vh 4vw; }
          .window { text-align: center; }
          .label { font-size: 6vh; margin: 0; color: #9fc3ff; }
          .function { font-size: 12vh; margin: 2vh 0; }
          .number { font-size: 24vh; font-weight: bold; margin: 0; color: #ffd54a;
            font-variant-numeric: tabular-nums; }
          .announcement { font-size: 6vh; margin: 2vh 0; }
          .zone-map h1 { font-size: 7vh; margin: 0 0 2vh; }
          .zone-map h2 { font-size: 4.5vh; margin: 2vh 0 1vh; }
          .zones { display: flex; flex-wrap: wrap; gap: 2vw; }
          .zone { border: 0.3vh solid #9fc3ff; border-radius: 1vh; padding: 1vh 2vw; }
          .zone ul, .facilities { font-size: 3.5vh; margin: 0; padding-left: 1.2em; }
          .facilities li { display: inline-block; margin-right: 2em; }
          .windows { font-size: 4vh; border-collapse: collapse; }
          .windows th, .windows td { padding: 0.5vh 2vw; text-align: left; }
          .windows .number { font-size: 4vh; color: #ffd54a; }
          .status { font-size: 3vh; color: #ff8a80; }
        </style>
        </head>
        <body>
        %s</body>
        </html>
        """
            .formatted(t.lang(), html(title), body);
    // the page's one script runs by its nonce; nothing else may run, load or connect elsewhere
    byte[] random = new byte[18];
    NONCES.nextBytes(random);
    String nonce = java.util.Base64.getEncoder().encodeToString(random);
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(
            html.replace("<script>", "<script nonce=\"" + nonce + "\">"),
            MediaType.TEXT_HTML + ";charset=utf-8")
        .cacheControl(noStore)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header(
            "Content-Security-Policy",
            "default-src 'none'; script-src 'nonce-"
                + nonce
                + "'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none';"
                + " form-action 'none'")
        .build();
  }

  /** Text as HTML content or attribute value. */
  static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Text as a JavaScript string literal, safe inside a script element. */
  static String js(String s) {
    StringBuilder b = new StringBuilder("'");
    for (char c : s.toCharArray()) {
      if (c < 0x20 || c == '\'' || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('\'').toString();
  }
}
