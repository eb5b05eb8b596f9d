package org.db3311.sgc.core.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the standard's text on its own, without the catalog, so that the catalog can be checked
 * against it: which clauses the body holds, their heading words and their lines of text.
 *
 * <p>Reading rules, taken from how the text is laid out:
 *
 * <ul>
 *   <li>The body starts after the second line reading the document's title; everything before it
 *       (cover, table of contents, foreword) is skipped, so the contents' numbers are not clauses.
 *   <li>A line starting with a clause number, optionally after "- ", opens that clause. If the rest
 *       ends with "。" it is the clause's text, otherwise its heading words. A number alone (3.1) is
 *       a term: the next line is the term, the lines after it the definition.
 *   <li>Other lines belong to the clause opened last. Captions of the figures in chapters 1–9 are
 *       not clause text: the figures are absent and the clauses name them in their own words.
 *   <li>An appendix opens with "附录 X", its kind "(规范性)"/"(资料性)" and its title. Sentences ending in
 *       "。" are the appendix's text; "表 X.N title" opens table X.N whose header row is part of it,
 *       each further tabbed row X.N.k (k counting from 1) is keyed by its first cell, and a line
 *       starting "注" is X.N.note. Other lines belong to the next figure "图 X.N title", which takes
 *       them with its caption.
 * </ul>
 */
final class StandardTextExtractor {

  static final String TITLE = "县级社会治理中心建设与管理规范";

  private static final Pattern NUMBERED =
      Pattern.compile("(?:- )?([1-9](?:\\.[1-9][0-9]*)*)(?:[ \\t\\u3000]+(.*))?");
  private static final Pattern APPENDIX = Pattern.compile("附\\s*录\\s*([A-Z])");
  private static final Pattern APPENDIX_KIND = Pattern.compile("[(（](规范性|资料性)[)）]");
  private static final Pattern FIGURE = Pattern.compile("图\\s*((?:[A-Z]\\.)?[0-9]+)\\s+(.+)");
  private static final Pattern TABLE = Pattern.compile("表\\s*([A-Z]\\.[0-9]+)\\s+(.+)");

  /** One piece of the standard: its id, its heading words (or null) and its lines of text. */
  static final class Section {
    private final String id;
    private String heading;
    private final List<String> lines = new ArrayList<>();

    private Section(String id, String heading) {
      this.id = id;
      this.heading = heading;
    }

    String id() {
      return id;
    }

    String heading() {
      return heading;
    }

    List<String> lines() {
      return Collections.unmodifiableList(lines);
    }
  }

  /**
   * What the text holds.
   *
   * @param sections every clause, appendix, table row, note and appendix figure, in text order
   * @param figureCaptions captions of the absent figures of chapters 1–9, left out of all sections
   * @param appendixKinds "规范性" or "资料性" per appendix letter
   */
  record Extraction(
      Map<String, Section> sections,
      List<String> figureCaptions,
      Map<String, String> appendixKinds) {}

  private final Map<String, Section> sections = new LinkedHashMap<>();
  private final List<String> figureCaptions = new ArrayList<>();
  private final Map<String, String> appendixKinds = new LinkedHashMap<>();
  private final List<String> figureLines = new ArrayList<>();
  private Section current;
  private boolean awaitingTerm;
  private String appendix;
  private boolean awaitingAppendixTitle;
  private String table;
  private boolean tableHeaderSeen;
  private int tableRows;

  private StandardTextExtractor() {}

  static Extraction extract(String text) {
    List<String> lines = text.lines().toList();
    int titles = 0;
    int start = -1;
    for (int i = 0; i < lines.size() && start < 0; i++) {
      if (lines.get(i).strip().equals(TITLE) && ++titles == 2) {
        start = i + 1;
      }
    }
    if (start < 0) {
      throw new IllegalStateException("the title line does not occur twice: no body found");
    }
    StandardTextExtractor extractor = new StandardTextExtractor();
    for (String line : lines.subList(start, lines.size())) {
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        extractor.read(stripped);
      }
    }
    if (!extractor.figureLines.isEmpty()) {
      throw new IllegalStateException("text after the last figure: " + extractor.figureLines);
    }
    return new Extraction(
        Collections.unmodifiableMap(extractor.sections),
        List.copyOf(extractor.figureCaptions),
        Collections.unmodifiableMap(extractor.appendixKinds));
  }

  private void read(String line) {
    Matcher appendixStart = APPENDIX.matcher(line);
    if (appendixStart.matches()) {
      appendix = appendixStart.group(1);
      current = open(appendix, null);
      awaitingAppendixTitle = true;
      table = null;
      return;
    }
    if (appendix != null) {
      readAppendix(line);
      return;
    }
    Matcher numbered = NUMBERED.matcher(line);
    if (numbered.matches()) {
      String rest = numbered.group(2) == null ? "" : numbered.group(2).strip();
      if (rest.isEmpty()) {
        current = open(numbered.group(1), null);
        awaitingTerm = true;
      } else if (rest.endsWith("。")) {
        current = open(numbered.group(1), null);
        current.lines.add(rest);
      } else {
        current = open(numbered.group(1), rest);
      }
      return;
    }
    if (FIGURE.matcher(line).matches()) {
      figureCaptions.add(line);
      return;
    }
    if (current == null) {
      throw new IllegalStateException("text before the first clause: " + line);
    }
    if (awaitingTerm) {
      current.heading = line;
      awaitingTerm = false;
    } else {
      current.lines.add(line);
    }
  }

  private void readAppendix(String line) {
    Section appendixSection = sections.get(appendix);
    if (awaitingAppendixTitle) {
      Matcher kind = APPENDIX_KIND.matcher(line);
      if (kind.matches()) {
        appendixKinds.put(appendix, kind.group(1));
      } else {
        appendixSection.heading = line;
        awaitingAppendixTitle = false;
      }
      return;
    }
    Matcher tableStart = TABLE.matcher(line);
    if (tableStart.matches()) {
      table = tableStart.group(1);
      open(table, tableStart.group(2)).lines.add(line);
      tableHeaderSeen = false;
      tableRows = 0;
      return;
    }
    if (table != null) {
      readTable(line);
      return;
    }
    Matcher figure = FIGURE.matcher(line);
    if (figure.matches()) {
      Section figureSection = open(figure.group(1), figure.group(2));
      figureSection.lines.addAll(figureLines);
      figureSection.lines.add(line);
      figureLines.clear();
    } else if (line.endsWith("。")) {
      appendixSection.lines.add(line);
    } else {
      figureLines.add(line);
    }
  }

  private void readTable(String line) {
    if (line.startsWith("注")) {
      open(table + ".note", null).lines.add(line);
    } else if (line.contains("\t")) {
      if (tableHeaderSeen) {
        tableRows++;
        String firstCell = line.substring(0, line.indexOf('\t')).strip();
        open(table + "." + tableRows, firstCell).lines.add(line);
      } else {
        sections.get(table).lines.add(line);
        tableHeaderSeen = true;
      }
    } else {
      throw new IllegalStateException("unexpected line in table " + table + ": " + line);
    }
  }

  private Section open(String id, String heading) {
    Section section = new Section(id, heading);
    if (sections.putIfAbsent(id, section) != null) {
      throw new IllegalStateException("the text numbers " + id + " twice");
    }
    return section;
  }
}
