package org.db3311.sgc.conformance;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from evidence before it is written: resident identity numbers (18
 * characters), mobile numbers (11 digits from 1[3-9]) and the values of name fields; the names the
 * kit itself gave its parties are removed wherever they appear (a printed notice, a summary).
 */
public final class Redaction {

  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<![0-9A-Za-z])\\d{6}(?:\\d{8}|\\*{8})\\d{3}[0-9Xx](?![0-9A-Za-z])");
  private static final Pattern PHONE =
      Pattern.compile("(?<!\\d)1[3-9]\\d(?:\\d{4}|\\*{4})\\d{4}(?!\\d)");
  private static final Pattern NAME_FIELD =
      Pattern.compile(
          "(\"(?:name|respondent|party|mediator|recorder|bookedBy)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
  private static final Pattern NAME_LISTS =
      Pattern.compile(
          "(\"(?:parties|participants|signatures|signedBy)\"\\s*:\\s*\\[)([^\\]\\[{}]*)(\\])");

  private final Set<String> knownNames;

  public Redaction(Set<String> knownNames) {
    this.knownNames = Set.copyOf(knownNames);
  }

  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String s = ID_NUMBER.matcher(text).replaceAll("[id-number]");
    s = PHONE.matcher(s).replaceAll("[phone]");
    s =
        NAME_FIELD
            .matcher(s)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "[name]" + m.group(3)));
    s =
        NAME_LISTS
            .matcher(s)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        m.group(1)
                            + m.group(2).replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"[name]\"")
                            + m.group(3)));
    for (String n : knownNames) {
      s = s.replace(n, "[name]");
    }
    return s;
  }
}
