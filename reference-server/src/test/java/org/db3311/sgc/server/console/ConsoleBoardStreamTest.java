package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.server.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The supervision board's event stream (8.2.4) over plain HTTP, as the page's {@code EventSource}
 * opens it with the console's cookie: answered at once with a comment (the stream is open before
 * the first look at the board), then the board's part as an event named {@code board}, in the
 * reader's language.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/console-board-stream")
@AddConfig(key = "sgc.counties", value = "331102")
@DisplayName("Supervision board's event stream: open at once, then the board, in English too")
class ConsoleBoardStreamTest {

  @Inject WebTarget target;

  /** The stream's first lines, up to the end of its first event, read within {@code limit}. */
  List<String> firstEvent(String language, Duration limit) throws Exception {
    String token = ConsoleCredentials.token("331102", Roles.SUPERVISOR);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(ConsoleBrowser.base(target) + "/console/supervision/events"))
            .header("Accept", "text/event-stream")
            .header("Cookie", ConsoleCredentials.cookieWithLanguage(token, language))
            .timeout(limit)
            .GET()
            .build();
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    List<String> lines = new ArrayList<>();
    long deadline = System.nanoTime() + limit.toNanos();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String line;
      boolean data = false;
      while (System.nanoTime() < deadline && (line = in.readLine()) != null) {
        lines.add(line);
        data |= line.startsWith("data:");
        if (data && line.isEmpty()) {
          break;
        }
      }
    }
    return lines;
  }

  @Test
  void the_stream_opens_with_a_comment_then_sends_the_board() throws Exception {
    List<String> lines = firstEvent("zh", Duration.ofSeconds(30));
    assertThat(lines).isNotEmpty();
    assertThat(lines.getFirst()).as("the stream's first line: %s", lines).startsWith(":");
    assertThat(lines).contains("event: board");
    assertThat(lines).anyMatch(l -> l.startsWith("data:") && l.contains("各单位事项数"));
  }

  @Test
  void in_english_the_board_comes_in_english() throws Exception {
    List<String> lines = firstEvent("en", Duration.ofSeconds(30));
    assertThat(lines).contains("event: board");
    String data = String.join("\n", lines.stream().filter(l -> l.startsWith("data:")).toList());
    assertThat(data).contains("Matters per unit (by stage)").doesNotContain("各单位事项数");
  }
}
