package org.db3311.sgc.core.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * The registration number of a matter (事项编号): the county's division code, the registration date and
 * a sequence within that county and day, e.g. {@code 331121-20261125-0007}. One number per matter,
 * used end to end ("一事一编码").
 */
public record RegistrationNumber(DivisionCode county, LocalDate date, long sequence)
    implements Comparable<RegistrationNumber> {

  private static final Pattern FORM = Pattern.compile("([0-9]{6})-([0-9]{8})-([0-9]{4,})");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  public RegistrationNumber {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(date, "date");
    if (!county.isCountyLevel()) {
      throw new IllegalArgumentException("matters are numbered by county, not by " + county);
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("a sequence starts at 1, not " + sequence);
    }
  }

  public static RegistrationNumber parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "a registration number reads county-yyyymmdd-sequence, e.g. 331121-20261125-0007, not '"
              + text
              + "'");
    }
    try {
      return new RegistrationNumber(
          DivisionCode.of(m.group(1)),
          LocalDate.parse(m.group(2), DAY),
          Long.parseLong(m.group(3)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("no such date in registration number " + text, e);
    }
  }

  /** The sequence scope this number was drawn from: one county and day. */
  public static String scope(DivisionCode county, LocalDate date) {
    return county + "-" + date.format(DAY);
  }

  @Override
  public int compareTo(RegistrationNumber o) {
    int c = county.value().compareTo(o.county.value());
    if (c == 0) {
      c = date.compareTo(o.date);
    }
    return c != 0 ? c : Long.compare(sequence, o.sequence);
  }

  @Override
  public String toString() {
    return scope(county, date) + "-" + "%04d".formatted(sequence);
  }
}
