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

  /** Orders clauses as the standard does: numeric segments compare as numbers, rulings last. */
  @Override
  public int compareTo(ClauseId other) {
    String[] a = value.split("\\.");
    String[] b = other.value.split("\\.");
    if (isRuling() != other.isRuling()) {
      return isRuling() ? 1 : -1;
    }
    if (isRuling()) {
      return Integer.compare(
          Integer.parseInt(value.substring(1)), Integer.parseInt(other.value.substring(1)));
    }
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = compareSegment(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static int compareSegment(String x, String y) {
    boolean xn = x.chars().allMatch(Character::isDigit);
    boolean yn = y.chars().allMatch(Character::isDigit);
    if (xn && yn) {
      return Integer.compare(Integer.parseInt(x), Integer.parseInt(y));
    }
    if (xn != yn) {
      // chapters 4–9 come before appendices; numbered children before .pN/.note
      return xn ? -1 : 1;
    }
    return x.compareTo(y);
  }

  @Override
  public String toString() {
    return value;
  }
}
