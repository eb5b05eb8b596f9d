package org.db3311.sgc.core.catalog;

import java.util.regex.Pattern;

/**
 * Identifier of a clause of DB3311/T (e.g. {@code 6.1.1.1}, {@code A.1.2}, {@code 6.6.1.p2}) or of
 * a product ruling ({@code R1}…).
 *
 * <p>Numbered clauses use the standard's own numbers. Unnumbered normative paragraphs take their
 * parent's number with a {@code .pN} suffix, rows of Appendix A's table take {@code A.1.N}, and the
 * table's note {@code A.1.note}.
 */
public record ClauseId(String value) implements Comparable<ClauseId> {

  private static final Pattern CLAUSE =
      Pattern.compile("(?:[1-9]|[A-C])(?:\\.[1-9][0-9]*)*(?:\\.p[1-9][0-9]*|\\.note)?");
  private static final Pattern RULING = Pattern.compile("R[1-9][0-9]*");

  public ClauseId {
    if (value == null || !(CLAUSE.matcher(value).matches() || RULING.matcher(value).matches())) {
      throw new IllegalArgumentException("not a DB3311 clause or ruling id: '" + value + "'");
    }
  }

  public static ClauseId of(String value) {
    return new ClauseId(value);
  }

  public boolean isRuling() {
    return value.charAt(0) == 'R';
  }

  /** The chapter or appendix this id belongs to ("4"…"9", "A"…"C"), or "R" for a ruling. */
  public String chapter() {
    return isRuling() ? "R" : value.substring(0, 1);
  }

  /**
   * Orders clauses as the standard does: numeric segments compare as numbers, chapters 4–9 before
   * appendices, a clause's numbered children before its paragraphs ({@code .pN}, by N) and its
   * note, rulings last (by number).
   */
  @Override
  public int compareTo(ClauseId other) {
    if (isRuling() != other.isRuling()) {
      return isRuling() ? 1 : -1;
    }
    if (isRuling()) {
      return compareNumbers(value.substring(1), other.value.substring(1));
    }
    String[] a = value.split("\\.");
    String[] b = other.value.split("\\.");
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = compareSegment(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static int compareSegment(String x, String y) {
    int kind = Integer.compare(kind(x), kind(y));
    if (kind != 0) {
      return kind;
    }
    return switch (kind(x)) {
      case 0 -> compareNumbers(x, y);
      case 2 -> compareNumbers(x.substring(1), y.substring(1));
      default -> x.compareTo(y);
    };
  }

  /** Number, appendix letter, paragraph, note: the order in which the standard prints them. */
  private static int kind(String segment) {
    char first = segment.charAt(0);
    if (Character.isDigit(first)) {
      return 0;
    }
    if (segment.length() == 1) {
      return 1;
    }
    return first == 'p' ? 2 : 3;
  }

  /**
   * Compares digit strings without leading zeros by value, without parsing: the pattern admits
   * numbers beyond {@code int}.
   */
  private static int compareNumbers(String x, String y) {
    int byLength = Integer.compare(x.length(), y.length());
    return byLength != 0 ? byLength : x.compareTo(y);
  }

  @Override
  public String toString() {
    return value;
  }
}
