package org.db3311.sgc.server.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
    facts(f.facts()).forEach(this::property);
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

  /** One entry per name, in the order first given; a name given again adds its value after "; ". */
  private static Map<String, String> facts(List<Fact> facts) {
    Map<String, String> byName = new LinkedHashMap<>();
    for (Fact x : facts) {
      byName.merge(x.name(), x.value(), (a, b) -> a + "; " + b);
    }
    return byName;
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
   * it is, in UTF-8 (a lone surrogate as {@code ?}, as Java's encoder writes it). Escaping works on
   * the encoded bytes: in UTF-8 the characters to escape are single bytes below 0x80 that no other
   * character's bytes contain.
   */
  private void string(String s) {
    byte[] text = s.getBytes(StandardCharsets.UTF_8);
    room(text.length + 2);
    out[size++] = '"';
    int run = 0;
    for (int i = 0; i < text.length; i++) {
      int c = text[i] & 0xff;
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      bytes(text, run, i);
      run = i + 1;
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
    bytes(text, run, text.length);
    put('"');
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

  private void bytes(byte[] b, int from, int to) {
    room(to - from);
    System.arraycopy(b, from, out, size, to - from);
    size += to - from;
  }

  private void room(int more) {
    if (size + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
    }
  }
}
