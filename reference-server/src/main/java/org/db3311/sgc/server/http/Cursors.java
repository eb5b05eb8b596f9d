package org.db3311.sgc.server.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The {@code after} cursor of a list read by seek: the key of a page's last item (its sort values,
 * then what makes it unique), handed back as one opaque text in the page's {@code next} and sent
 * with the request for the following page. Opaque so a client treats it as a bookmark, not as
 * values to edit; a cursor that does not read is a field error of the request, never a 500.
 */
public final class Cursors {

  // a separator no key part holds: subjects, numbers and ISO dates are printable
  private static final String SEPARATOR = "\n";

  private Cursors() {}

  /** The cursor of a key made of {@code parts}, each printable text. */
  public static String encode(String... parts) {
    for (String p : parts) {
      if (p.contains(SEPARATOR)) {
        throw new IllegalArgumentException("a cursor part is one line: " + p);
      }
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code day} when a list can hold it (years 1 to 9999), else an {@link
   * IllegalArgumentException}: a cursor's date out of the database's range must be the client's
   * error, not the database's.
   */
  public static LocalDate day(String text) {
    LocalDate day = LocalDate.parse(text);
    if (day.getYear() < 1 || day.getYear() > 9999) {
      throw new IllegalArgumentException("a day no list holds: " + text);
    }
    return day;
  }

  /** {@code instant} when a list can hold it (years 1 to 9999), as {@link #day}. */
  public static Instant instant(String text) {
    Instant at = Instant.parse(text);
    int year = at.atOffset(ZoneOffset.UTC).getYear();
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("an instant no list holds: " + text);
    }
    return at;
  }

  /**
   * The parts of the {@code after} cursor received with a list request, as {@link #decode}; a
   * request that sends both {@code after} and {@code page} is refused under {@code after}: a seek
   * cursor and a page number are two ways to say where a page starts, and one of them would be
   * silently ignored.
   */
  public static Optional<List<String>> after(
      String after, String page, int parts, Requests.Errors errors) {
    if (after != null && page != null) {
      errors.add("after", "either 'after' (the page after a cursor) or 'page', not both");
    }
    return decode("after", after, parts, errors);
  }

  /**
   * The parts of {@code cursor} as received (empty when absent); a cursor that is not one of {@code
   * parts} parts made by {@link #encode} is added to {@code errors} under {@code field}.
   */
  public static Optional<List<String>> decode(
      String field, String cursor, int parts, Requests.Errors errors) {
    if (cursor == null) {
      return Optional.empty();
    }
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
      List<String> found = Arrays.asList(text.split(SEPARATOR, -1));
      // a control character (a NUL above all) is refused by the database: a 400 here, not a 500
      // there
      if (found.size() == parts
          && found.stream()
              .noneMatch(p -> p.isBlank() || p.codePoints().anyMatch(Character::isISOControl))) {
        return Optional.of(List.copyOf(found));
      }
    } catch (IllegalArgumentException e) {
      // not base64url: reported below as any other unreadable cursor
    }
    errors.add(field, "not a cursor this list handed out: pass a page's 'next' as it came");
    return Optional.empty();
  }
}
