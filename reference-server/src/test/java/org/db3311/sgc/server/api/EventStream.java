package org.db3311.sgc.server.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A display page's {@code text/event-stream}, read with the JDK's HTTP client the way a browser's
 * {@code EventSource} reads it: {@code id:}, {@code event:} and {@code data:} lines up to an empty
 * line make one event; comment lines (starting with a colon) are skipped.
 */
final class EventStream implements AutoCloseable {

  /** One event as received. */
  record Event(long id, String name, String data) {}

  private static final String END = "\u0000end";

  private final HttpResponse<Stream<String>> response;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Thread reader;

  private EventStream(HttpResponse<Stream<String>> response) {
    this.response = response;
    this.reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  try (Stream<String> s = response.body()) {
                    s.forEach(lines::add);
                  } catch (RuntimeException e) {
                    // closed by the test
                  } finally {
                    lines.add(END);
                  }
                });
  }

  /**
   * Opens the stream at {@code uri}, sending {@code lastEventId} as a reconnecting browser does.
   */
  static EventStream open(URI uri, Optional<Long> lastEventId)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
    lastEventId.ifPresent(id -> b.header("Last-Event-ID", Long.toString(id)));
    HttpResponse<Stream<String>> r =
        HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofLines());
    return new EventStream(r);
  }

  int status() {
    return response.statusCode();
  }

  String contentType() {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** The next event, or empty when none comes within {@code timeout}. */
  Optional<Event> next(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Long id = null;
    String name = "message";
    StringBuilder data = null;
    while (true) {
      long left = deadline - System.nanoTime();
      String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
      if (line == null || line.equals(END)) {
        if (line != null) {
          lines.add(END);
        }
        return Optional.empty();
      }
      if (line.isEmpty()) {
        if (data != null) {
          return Optional.of(new Event(id == null ? -1 : id, name, data.toString()));
        }
        continue;
      }
      if (line.startsWith(":")) {
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      switch (field) {
        case "id" -> id = Long.parseLong(value);
        case "event" -> name = value;
        case "data" ->
            data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        default -> {}
      }
    }
  }

  @Override
  public void close() {
    reader.interrupt();
    try {
      response.body().close();
    } catch (RuntimeException e) {
      // already closed
    }
  }
}
