package org.db3311.sgc.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.db3311.sgc.core.catalog.Clause;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The standard is quoted only with its own words: Chinese text written right after a clause id in a
 * message, comment, Javadoc or display name must be found in that clause (or its title). Checked
 * for the clauses of leader reception, follow-up, event handling and online intake; "…" marks an
 * omission, so each piece between omissions is looked up on its own.
 */
@Implements({"6.1.1.2.1", "6.2.1.1.2", "6.2.1.2", "6.2.1.4.1", "6.2.1.4.2", "6.3.1.1", "6.3.1.2"})
class ClauseQuotationTest {

  private static final Set<String> CHECKED =
      Set.of(
          "6.1.1.2.1",
          "6.2.1.1.2",
          "6.2.1.2",
          "6.2.1.4",
          "6.2.1.4.1",
          "6.2.1.4.2",
          "6.3.1",
          "6.3.1.1",
          "6.3.1.2");

  private static final String CJK = "[\\u4e00-\\u9fff“”（）()，、。；：《》—…]";

  /** A clause id not part of a longer number, then (after a colon or space) Chinese text. */
  private static final Pattern QUOTE =
      Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)+)(?![.\\d])[\\s:：,，]*(“?(?:" + CJK + ")+)");

  private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff]");

  @Test
  @DisplayName("no source attributes to 6.1.1.2.1, 6.2.1.2, 6.2.1.4.x or 6.3.1.x words it lacks")
  void every_quotation_is_in_its_clause() {
    ClauseCatalog catalog = ClauseCatalog.standard();
    List<String> misquoted = new ArrayList<>();
    Path module = Files.isDirectory(Path.of("src/main/java")) ? Path.of("") : Path.of("core");
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(module.resolve("src/main/java"), module.resolve("src/test/java"))) {
      files.addAll(javaFiles(root));
    }
    assertThat(files).as("the sources were found").hasSizeGreaterThan(100);
    for (Path file : files) {
      if (file.endsWith("ClauseQuotationTest.java")) {
        continue; // its own examples of misquotation
      }
      misquoted.addAll(misquotations(read(file), catalog, file.toString()));
    }
    assertThat(misquoted).isEmpty();
  }

  @Test
  @DisplayName("the check finds words the clause does not contain, and accepts its own words")
  void the_check_tells_a_quotation_from_an_invention() {
    ClauseCatalog catalog = ClauseCatalog.standard();
    assertThat(
            misquotations(
                "/** Reopens the file (6.2.1.4.2: 不满意的\n   * 可重新办理，纳入督办). */", catalog, "x"))
        .singleElement()
        .asString()
        .contains("不满意的可重新办理，纳入督办");
    assertThat(misquotations("// 6.2.1.4.2 智能回访、短信回访、电话回访…满意度调查", catalog, "x")).isEmpty();
    assertThat(misquotations("// 6.3.1.1 中心可明确其中一个单位牵头办理", catalog, "x")).isEmpty();
    assertThat(misquotations("// 6.3.1.1 中心应明确牵头单位", catalog, "x")).hasSize(1);
  }

  static List<String> misquotations(String source, ClauseCatalog catalog, String where) {
    // a Javadoc quotation may run over lines: join them first
    String joined = source.replaceAll("\\n\\s*\\*\\s*", "").replaceAll("\\n\\s*//\\s*", "");
    List<String> out = new ArrayList<>();
    Matcher m = QUOTE.matcher(joined);
    while (m.find()) {
      String id = m.group(1);
      if (!CHECKED.contains(id) || !catalog.contains(id)) {
        continue;
      }
      Clause c = catalog.get(id);
      String text = normalise(c.title() + c.textZh());
      for (String piece : m.group(2).split("[…“”()（）]+")) {
        String words = piece.replaceAll("^[，、。；：\\s]+|[，、。；：\\s]+$", "");
        if (HAN.matcher(words).find() && !text.contains(normalise(words))) {
          out.add(where + ": " + id + " does not say \"" + words + "\"");
        }
      }
    }
    return out;
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static List<Path> javaFiles(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
