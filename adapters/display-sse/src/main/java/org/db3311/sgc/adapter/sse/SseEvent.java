package org.db3311.sgc.adapter.sse;

import java.util.Objects;

/**
 * One server-sent event, as the HTML standard's {@code text/event-stream} format writes it.
 *
 * @param id the event id, which a browser sends back as {@code Last-Event-ID} when it reconnects
 * @param name the event type ({@code event:} line), e.g. {@code window}
 * @param data the event's data; each of its lines becomes a {@code data:} line
 */
public record SseEvent(long id, String name, String data) {

  public SseEvent {
    if (id < 0) {
      throw new IllegalArgumentException("an event id is not negative");
    }
    if (name == null || name.isBlank() || name.chars().anyMatch(c -> c == '\n' || c == '\r')) {
      throw new IllegalArgumentException("an event name is one line of text");
    }
    Objects.requireNonNull(data, "data");
  }

  /**
   * The event as written on the stream: {@code id:}, {@code event:} and one {@code data:} line per
   * line of the data (CR, LF and CRLF all end a line), then an empty line.
   */
  public String text() {
    StringBuilder b = new StringBuilder(data.length() + 48);
    b.append("id: ").append(id).append('\n');
    b.append("event: ").append(name).append('\n');
    for (String line : data.split("\r\n|\r|\n", -1)) {
      b.append("data: ").append(line).append('\n');
    }
    return b.append('\n').toString();
  }
}
