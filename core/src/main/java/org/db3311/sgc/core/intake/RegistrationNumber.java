package org.db3311.sgc.core.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
    DivisionCode county = DivisionCode.of(m.group(1));
    // the eight digits as LocalDate.of reads them: the formatter's strict parse accepts and refuses
    // the same days, at several times the cost, and every request naming a matter parses one
    int d = m.start(2);
    LocalDate date;
    try {
      date =
          LocalDate.of(
              Integer.parseInt(text, d, d + 4, 10),
              Integer.parseInt(text, d + 4, d + 6, 10),
              Integer.parseInt(text, d + 6, d + 8, 10));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("no such date in registration number " + text, e);
    }
    return new RegistrationNumber(county, date, Long.parseLong(m.group(3)));
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

  /**
   * Written by hand as the formatters would write it (a number is turned into text several times
   * per request, and {@code String.formatted} parses its pattern each time); a year the 4-digit day
   * format cannot print still goes to the formatter, which refuses it as before.
   */
  @Override
  public String toString() {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return scope(county, date) + "-" + "%04d".formatted(sequence);
    }
    StringBuilder b = new StringBuilder(24).append(county.value()).append('-');
    digits(b, year, 4);
    digits(b, date.getMonthValue(), 2);
    digits(b, date.getDayOfMonth(), 2);
    b.append('-');
    digits(b, sequence, 4);
    return b.toString();
  }

  /** {@code value} (not negative) in at least {@code width} digits, zeros in front. */
  private static void digits(StringBuilder b, long value, int width) {
    String v = Long.toString(value);
    for (int i = v.length(); i < width; i++) {
      b.append('0');
    }
    b.append(v);
  }
}
