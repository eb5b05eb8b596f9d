package org.db3311.sgc.server.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.core.assessment.AssessmentReport;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.NormativeLevel;

/**
 * Writes an assessment report as the JSON the API has always answered: the properties of the report
 * and of each finding in alphabetical order (as JSON-B wrote the former view records), counts by
 * level and verdict name, a fact named twice joined with "; ", text escaped as JSON-P escapes it.
 *
 * <p>Written by hand, straight into UTF-8 bytes, because it is the assessment's largest answer and
 * its shape is fixed: JSON-B (reflection, a cycle check hashing every finding, one large {@code
 * String} encoded afterwards) took a sixth of the CPU an assessment over HTTP cost, JSON-P's
 * generator still an eighth (its UTF-8 writer encodes Chinese text character by character); see
 * README, Benchmarks. {@code AssessmentReportJsonTest} holds the old view records and checks that
 * both write the same bytes.
 */
final class AssessmentReportJson {

  /** A report of the standard's catalog is 15–20 kB: one buffer, not grown on the way. */
  private static final int EXPECTED_SIZE = 24 * 1024;

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private byte[] out = new byte[EXPECTED_SIZE];
  private int size;

  /** Whether the next property or element follows another in the same object or array. */
  private boolean comma;

  private AssessmentReportJson() {}

  /** The report as UTF-8 JSON. */
  static byte[] bytes(AssessmentReport report) {
    AssessmentReportJson json = new AssessmentReportJson();
    json.report(report);
    return Arrays.copyOf(json.out, json.size);
  }

  private void report(AssessmentReport r) {
    begin('{');
    property("assessedOn", r.assessedOn().toString());
    name("counts");
    begin('{');
    Map<String, Map<Verdict, Integer>> byLevel = new TreeMap<>();
    for (Map.Entry<NormativeLevel, Map<Verdict, Integer>> e : r.counts().entrySet()) {
      byLevel.put(e.getKey().name(), e.getValue());
    }
    for (Map.Entry<String, Map<Verdict, Integer>> level : byLevel.entrySet()) {
      name(level.getKey());
      begin('{');
      Map<String, Integer> byVerdict = new TreeMap<>();
      level.getValue().forEach((v, n) -> byVerdict.put(v.name(), n));
      for (Map.Entry<String, Integer> count : byVerdict.entrySet()) {
        name(count.getKey());
        separate();
        ascii(Integer.toString(count.getValue()));
        comma = true;
      }
      end('}');
    }
    end('}');
    property("county", r.county().code().value());
    property("countyName", r.county().name());
    name("findings");
    begin('[');
    for (Finding f : r.findings()) {
      finding(f);
    }
    end(']');
    property("mode", r.mode().name());
    property("modeZh", r.mode().zh());
    property("overall", r.overall().name());
    property("tier", r.tier().name());
    end('}');
  }

  private void finding(Finding f) {
    begin('{');
    property("clause", f.clause().value());
    name("facts");
    begin('{');
    facts(f.facts());
    end('}');
    property("level", f.level().name());
    property("messageEn", f.messageEn());
    property("messageZh", f.messageZh());
    name("rulings");
    begin('[');
    for (ClauseId ruling : f.rulings()) {
      separate();
      string(ruling.toString());
      comma = true;
    }
    end(']');
    property("verdict", f.verdict().name());
    end('}');
  }

  /**
   * One property per name, in the order first given; a name given again adds its value after "; ".
   * A finding has a handful of facts: looking back along the list costs less than the map per
   * finding it replaces.
   */
  private void facts(List<Fact> facts) {
    int n = facts.size();
    for (int i = 0; i < n; i++) {
      String name = facts.get(i).name();
      if (namedBefore(facts, i, name)) {
        continue;
      }
      String value = facts.get(i).value();
      for (int j = i + 1; j < n; j++) {
        if (facts.get(j).name().equals(name)) {
          value = value + "; " + facts.get(j).value();
        }
      }
      property(name, value);
    }
  }

  private static boolean namedBefore(List<Fact> facts, int i, String name) {
    for (int k = 0; k < i; k++) {
      if (facts.get(k).name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  // ---- JSON text ----

  private void begin(char bracket) {
    separate();
    put(bracket);
    comma = false;
  }

  private void end(char bracket) {
    put(bracket);
    comma = true;
  }

  private void name(String name) {
    separate();
    string(name);
    put(':');
    comma = false;
  }

  /** JSON-B left a null property out; so does this writer. */
  private void property(String name, String value) {
    if (value != null) {
      name(name);
      string(value);
      comma = true;
    }
  }

  private void separate() {
    if (comma) {
      put(',');
    }
  }

  /**
   * A JSON string as JSON-P writes it: quotation mark, reverse solidus and the control characters
   * escaped (the short forms where JSON has one, else {@code \}{@code u00xx}), everything else as
   * it is, in UTF-8 (a lone surrogate as {@code ?}, as Java's encoder writes it). Encoded here,
   * character by character into the buffer: {@code String.getBytes} made a copy of every name and
   * message first, and encoding them was most of what writing a report cost.
   */
  private void string(String s) {
    int n = s.length();
    // at most 3 bytes a UTF-16 unit (a surrogate pair: 4 for 2); an escape is budgeted where made
    room(3 * n + 2);
    out[size++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          out[size++] = (byte) c;
        } else {
          room(6 + 3 * (n - i));
          escape(c);
        }
      } else if (c < 0x800) {
        out[size++] = (byte) (0xc0 | c >> 6);
        out[size++] = (byte) (0x80 | c & 0x3f);
      } else if (!Character.isSurrogate(c)) {
        out[size++] = (byte) (0xe0 | c >> 12);
        out[size++] = (byte) (0x80 | c >> 6 & 0x3f);
        out[size++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        out[size++] = (byte) (0xf0 | cp >> 18);
        out[size++] = (byte) (0x80 | cp >> 12 & 0x3f);
        out[size++] = (byte) (0x80 | cp >> 6 & 0x3f);
        out[size++] = (byte) (0x80 | cp & 0x3f);
      } else {
        out[size++] = '?';
      }
    }
    put('"');
  }

  private void escape(char c) {
    switch (c) {
      case '"' -> ascii("\\\"");
      case '\\' -> ascii("\\\\");
      case '\b' -> ascii("\\b");
      case '\f' -> ascii("\\f");
      case '\n' -> ascii("\\n");
      case '\r' -> ascii("\\r");
      case '\t' -> ascii("\\t");
      default -> {
        ascii("\\u00");
        put((char) HEX[c >> 4]);
        put((char) HEX[c & 0xf]);
      }
    }
  }

  /** Text known to be ASCII: brackets, escapes, numbers. */
  private void ascii(String s) {
    room(s.length());
    for (int i = 0; i < s.length(); i++) {
      out[size++] = (byte) s.charAt(i);
    }
  }

  private void put(char asciiCharacter) {
    room(1);
    out[size++] = (byte) asciiCharacter;
  }

  private void room(int more) {
    if (size + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
    }
  }
}
