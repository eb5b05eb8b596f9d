package org.db3311.sgc.core.assessment.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * A table of GB/T 2260 division codes and names (行政区划代码表), held as data because divisions change:
 * the shipped table covers Lishui (丽水市, its province and its nine county-level divisions); a
 * deployment passes its own with {@link #fromCsv}.
 */
@Implements("5.3.1")
public final class DivisionTable {

  /** Compiled once: {@code String.replaceAll} compiles its expression on every call. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final String RESOURCE = "/org/db3311/sgc/core/assessment/divisions/gbt2260.csv";
  private static volatile DivisionTable shipped;

  private final Map<DivisionCode, String> names;

  private DivisionTable(Map<DivisionCode, String> names) {
    this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  /** The table shipped with the library (Lishui). */
  public static DivisionTable shipped() {
    DivisionTable t = shipped;
    if (t == null) {
      try (InputStream in = DivisionTable.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the shipped division table " + RESOURCE + " is missing");
        }
        t = fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shipped = t;
    }
    return t;
  }

  /**
   * Reads {@code code,name} lines; blank lines and lines starting with {@code #} are skipped.
   *
   * @throws IllegalArgumentException naming the line of a malformed or repeated code
   */
  public static DivisionTable fromCsv(Reader reader) throws IOException {
    Map<DivisionCode, String> names = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(reader);
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.equals("code,name")) {
        continue;
      }
      int comma = l.indexOf(',');
      if (comma < 0) {
        throw new IllegalArgumentException("line " + no + ": expected code,name, not '" + l + "'");
      }
      DivisionCode code;
      try {
        code = DivisionCode.of(l.substring(0, comma).strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + no + ": " + e.getMessage(), e);
      }
      String name = l.substring(comma + 1).strip().replace("\"", "");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("line " + no + ": " + code + " has no name");
      }
      if (names.put(code, name) != null) {
        throw new IllegalArgumentException("line " + no + ": " + code + " is listed twice");
      }
    }
    return new DivisionTable(names);
  }

  /** A table of the given divisions (e.g. for tests or a deployment building its own). */
  public static DivisionTable of(Map<DivisionCode, String> names) {
    names.forEach(
        (c, n) -> {
          Objects.requireNonNull(c, "code");
          Checks.text(n, "division name");
        });
    return new DivisionTable(names);
  }

  /** The division's name, empty when the table does not list the code. */
  public Optional<String> name(DivisionCode code) {
    return Optional.ofNullable(names.get(code));
  }

  /** Every division, in the table's order. */
  public Map<DivisionCode, String> all() {
    return names;
  }

  /**
   * Whether the county's declared code and name agree with this table: the code is listed and its
   * name is the one declared (spaces ignored).
   */
  public Optional<String> disagreement(County county) {
    Optional<String> official = name(county.code());
    if (official.isEmpty()) {
      return Optional.of("GB/T 2260 code " + county.code() + " is not in the division table");
    }
    if (!bare(official.get()).equals(bare(county.name()))) {
      return Optional.of(
          "GB/T 2260 code " + county.code() + " is " + official.get() + ", not " + county.name());
    }
    return Optional.empty();
  }

  static String bare(String s) {
    return WHITESPACE.matcher(s).replaceAll("");
  }
}
