package org.db3311.sgc.core.catalog;

import static java.util.Map.entry;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.db3311.sgc.core.catalog.StandardTextExtractor.Extraction;
import org.db3311.sgc.core.catalog.StandardTextExtractor.Section;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The clause catalog holds every clause of the standard, verbatim")
class ClauseCatalogTest {

  private static final ClauseCatalog CATALOG = ClauseCatalog.standard();
  private static final Extraction TEXT =
      StandardTextExtractor.extract(ClauseCatalog.standardText());

  /**
   * Clauses of normative chapters stating what the center does without 应 (some carry a weaker 可 for
   * another actor): read as requirements, so SHALL, and their {@code en} says so.
   */
  private static final Set<String> DECLARATIVE_SHALL =
      Set.of(
          "5.3.1",
          "6.1.1.2.1",
          "6.1.1.2.2",
          "6.1.1.3",
          "6.2.1.1.2",
          "6.3.1.1",
          "6.3.1.2",
          "6.3.1.3",
          "6.4.1.1",
          "6.4.1.3",
          "6.5.1",
          "6.5.2",
          "6.6.1.p2",
          "6.8",
          "7.3.3",
          "7.4.1.2",
          "8.1.5",
          "9.1",
          "A.1",
          "A.1.1",
          "A.1.2");

  /**
   * Appendix A is a pure heading in the catalog: its one sentence, which only points at the table,
   * is recorded with the table A.1.
   */
  private static final Map<String, List<String>> MERGED = Map.of("A.1", List.of("A", "A.1"));

  private static final String DECLARATIVE = "(declarative, read as a requirement)";

  /** Words in which 应, 宜 or 可 is not a verbal form (e.g. 应急 emergency, 适宜 suitable). */
  private static final List<String> NOT_VERBAL_FORMS =
      List.of(
          "应急", "应用", "相应", "响应", "对应", "适应", "供应", "反应", "回应", "适宜", "事宜", "便宜", "可能", "可靠", "可用",
          "许可", "认可");

  private static final Pattern FIGURE_REFERENCE = Pattern.compile("具体(工作)?流程参照图\\s*\\d+\\s*办理。");
  private static final Pattern WHITESPACE =
      Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]+");

  @Test
  void holds_151_entries() {
    assertThat(CATALOG.size()).isEqualTo(151);
  }

  @Test
  void holds_the_expected_number_of_entries_per_chapter_and_appendix() {
    Map<String, Long> perChapter =
        CATALOG.all().stream().collect(groupingBy(c -> c.id().chapter(), TreeMap::new, counting()));

    assertThat(perChapter)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                entry("1", 1L),
                entry("2", 1L),
                entry("3", 2L),
                entry("4", 13L),
                entry("5", 18L),
                entry("6", 48L),
                entry("7", 23L),
                entry("8", 14L),
                entry("9", 9L),
                entry("A", 5L),
                entry("B", 3L),
                entry("C", 2L),
                entry("R", 12L)));
  }

  @Test
  void holds_the_expected_number_of_entries_per_level() {
    Map<NormativeLevel, Long> perLevel =
        CATALOG.all().stream().collect(groupingBy(Clause::level, TreeMap::new, counting()));

    assertThat(perLevel)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                NormativeLevel.SHALL, 89L,
                NormativeLevel.SHALL_NOT, 1L,
                NormativeLevel.SHOULD, 1L,
                NormativeLevel.MAY, 2L,
                NormativeLevel.INFORMATIVE, 16L,
                NormativeLevel.HEADING, 42L));
  }

  @Test
  void numbered_clauses_of_chapters_4_to_9_are_exactly_those_of_the_standard() {
    Set<String> inText =
        TEXT.sections().keySet().stream()
            .filter(id -> id.matches("[4-9](\\.[0-9]+)*"))
            .collect(toCollection(TreeSet::new));
    Set<String> inCatalog =
        CATALOG.all().stream()
            .map(c -> c.id().value())
            .filter(id -> id.matches("[4-9](\\.[0-9]+)*"))
            .collect(toCollection(TreeSet::new));

    assertThat(inText).hasSize(122);
    assertThat(inCatalog).isEqualTo(inText);
  }

  @Test
  void every_piece_of_the_standard_has_an_entry_and_every_entry_a_piece_of_the_standard() {
    Set<String> inText = new TreeSet<>(TEXT.sections().keySet());
    Set<String> inCatalog =
        CATALOG.where(c -> !c.isRuling()).stream()
            .map(c -> c.id().value())
            .filter(id -> !isParagraph(id))
            .collect(toCollection(TreeSet::new));

    assertThat(inCatalog).isEqualTo(inText);
  }

  @Test
  void every_entry_holds_its_text_verbatim() {
    List<String> mismatches = new ArrayList<>();
    for (Clause clause : CATALOG.where(c -> !c.isRuling())) {
      String expected = expectedText(clause.id().value());
      if (!normalise(clause.textZh()).equals(normalise(expected))) {
        mismatches.add(
            clause.id() + ": catalog «" + clause.textZh() + "» but text «" + expected + "»");
      }
    }

    assertThat(mismatches).isEmpty();
  }

  @Test
  void unnumbered_paragraphs_are_split_out_only_under_6_6_1() {
    List<String> paragraphs =
        CATALOG.where(c -> isParagraph(c.id().value())).stream().map(c -> c.id().value()).toList();

    assertThat(paragraphs).containsExactly("6.6.1.p1", "6.6.1.p2", "6.6.1.p3");
    assertThat(CATALOG.get("6.6.1").level()).isEqualTo(NormativeLevel.HEADING);
    assertThat(TEXT.sections().get("6.6.1").lines()).hasSize(3);
  }

  @Test
  void headings_that_carry_text_keep_it_with_their_heading_words() {
    assertThat(CATALOG.get("5.2").title()).isEqualTo("设施要求");
    assertThat(CATALOG.get("5.2").textZh()).startsWith("应配置满足日常运营的设施设备").contains("——公共设施");
    assertThat(CATALOG.get("8.3").textZh()).startsWith("中心信息化建设应与信息安全");
    assertThat(CATALOG.get("9.1").textZh()).isEqualTo("设立意见反馈与投诉渠道，接受群众监督，接受上级组织的监督和指导。");
    assertThat(CATALOG.get("6.1.2").textZh().lines()).hasSize(4).allMatch(l -> !l.isBlank());
  }

  @Test
  void titles_are_the_heading_words_of_the_standard() {
    List<String> mismatches = new ArrayList<>();
    for (Clause clause : CATALOG.where(c -> !c.isRuling())) {
      Section section = TEXT.sections().get(clause.id().value());
      String heading = section == null ? null : section.heading();
      boolean matches =
          heading != null
              ? clause.title().equals(heading)
              : clause.title().isEmpty() || clause.textZh().startsWith(clause.title() + "。");
      if (!matches) {
        mismatches.add(clause.id() + ": title «" + clause.title() + "», heading «" + heading + "»");
      }
    }

    assertThat(mismatches).isEmpty();
  }

  @Test
  void captions_of_the_absent_figures_are_in_no_entry() {
    assertThat(TEXT.figureCaptions()).hasSize(8).first().isEqualTo("图1 社会治理中心组织架构图");
    for (String caption : TEXT.figureCaptions()) {
      assertThat(CATALOG.all())
          .as(caption)
          .noneMatch(c -> normalise(c.textZh()).contains(normalise(caption)));
    }
  }

  @Test
  void appendix_a_is_normative_and_appendices_b_and_c_informative() {
    assertThat(TEXT.appendixKinds())
        .containsExactly(entry("A", "规范性"), entry("B", "资料性"), entry("C", "资料性"));
    assertThat(CATALOG.where(c -> c.id().chapter().matches("[BC]")))
        .allMatch(c -> c.level() == NormativeLevel.INFORMATIVE);
    assertThat(CATALOG.get("A.1.note").level()).isEqualTo(NormativeLevel.INFORMATIVE);
    assertThat(CATALOG.where(c -> c.id().value().matches("A\\.1\\.[0-9]+")))
        .extracting(Clause::level)
        .containsOnly(NormativeLevel.SHALL);
  }

  @Test
  void every_parent_is_the_id_without_its_last_segment() {
    for (Clause clause : CATALOG.all()) {
      String id = clause.id().value();
      int lastDot = id.lastIndexOf('.');
      if (clause.isRuling() || lastDot < 0) {
        assertThat(clause.parent()).as(id).isEmpty();
      } else {
        ClauseId parent = ClauseId.of(id.substring(0, lastDot));
        assertThat(clause.parent()).as(id).contains(parent);
        assertThat(CATALOG.find(parent)).as(id).isPresent();
        assertThat(parent).as(id).isLessThan(clause.id());
      }
    }
  }

  @Test
  void the_data_file_lists_entries_once_each_in_the_standards_order() throws IOException {
    List<String> ids;
    try (InputStream in = ClauseCatalog.class.getResourceAsStream(ClauseCatalog.RESOURCE)) {
      ids =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> l.startsWith("== "))
              .map(l -> l.substring(3).strip())
              .toList();
    }

    assertThat(ids).doesNotHaveDuplicates().hasSize(CATALOG.size());
    assertThat(ids.stream().map(ClauseId::of).toList()).isSorted();
    assertThat(CATALOG.all().stream().map(c -> c.id().value()).toList()).isEqualTo(ids);
  }

  @Test
  void every_normative_level_matches_the_verbal_form_of_its_text() {
    List<String> mismatches = new ArrayList<>();
    for (Clause clause : CATALOG.where(c -> !c.isRuling() && isNormative(c.level()))) {
      String id = clause.id().value();
      NormativeLevel fromText = strongestForm(clause.textZh());
      if (DECLARATIVE_SHALL.contains(id)) {
        if (clause.level() != NormativeLevel.SHALL
            || fromText == NormativeLevel.SHALL
            || !clause.summaryEn().contains(DECLARATIVE)) {
          mismatches.add(id + " is declared declarative: SHALL without 应 and said so in en");
        }
      } else if (clause.level() != fromText) {
        mismatches.add(id + ": level " + clause.level() + " but its text reads " + fromText);
      }
    }

    assertThat(mismatches).isEmpty();
  }

  @Test
  void every_level_is_backed_by_its_word_unless_declared_declarative() {
    for (Clause clause : CATALOG.where(c -> !c.isRuling())) {
      String zh = clause.textZh();
      switch (clause.level()) {
        case SHALL -> {
          if (!DECLARATIVE_SHALL.contains(clause.id().value())) {
            assertThat(zh).as(clause.id().value()).contains("应");
          }
        }
        case SHALL_NOT -> assertThat(zh).as(clause.id().value()).contains("不应");
        case SHOULD -> assertThat(zh).as(clause.id().value()).contains("宜");
        case MAY -> assertThat(zh).as(clause.id().value()).contains("可");
        case HEADING -> assertThat(zh).as(clause.id().value()).isEmpty();
        case INFORMATIVE -> assertThat(zh).as(clause.id().value()).isNotBlank();
      }
    }
  }

  @Test
  void a_clause_mixing_verbal_forms_says_in_english_which_part_is_which() {
    Map<String, String> english =
        Map.of("应", "SHALL", "不应", "SHALL NOT", "宜", "SHOULD", "可", "MAY");
    for (Clause clause : CATALOG.where(c -> !c.isRuling() && isNormative(c.level()))) {
      Set<String> forms = verbalForms(clause.textZh());
      if (forms.size() > 1) {
        assertThat(clause.summaryEn())
            .as(clause.id().value())
            .contains(forms.stream().map(english::get).toList());
      }
    }
  }

  @Test
  void references_to_absent_flowcharts_are_informative() {
    List<String> references =
        CATALOG.where(c -> FIGURE_REFERENCE.matcher(c.textZh()).matches()).stream()
            .map(c -> c.id().value())
            .toList();

    assertThat(references).containsExactly("6.2.2", "6.3.2", "6.4.2", "6.5.3", "6.6.2", "6.7.2");
    assertThat(
            CATALOG.where(
                c -> c.id().chapter().matches("[4-9]") && c.level() == NormativeLevel.INFORMATIVE))
        .extracting(c -> c.id().value())
        .containsExactlyElementsOf(references);
  }

  @Test
  void verification_fits_the_level_and_the_chapter() {
    Set<ClauseId> advisory = Set.copyOf(CATALOG.get("R5").interprets());
    Set<ClauseId> attested = Set.copyOf(CATALOG.get("R6").interprets());
    for (Clause clause : CATALOG.where(c -> !c.isRuling())) {
      String id = clause.id().value();
      Verification v = clause.verification();
      if (clause.level() == NormativeLevel.HEADING) {
        assertThat(v).as(id).isEqualTo(Verification.NONE);
      } else if (clause.level() == NormativeLevel.INFORMATIVE) {
        assertThat(v)
            .as(id)
            .isEqualTo(
                advisory.contains(clause.id()) ? Verification.SOFTWARE_RULE : Verification.NONE);
      } else if (id.equals("6.7.1.2")) {
        assertThat(v)
            .as("training and drills held are attested")
            .isEqualTo(Verification.ATTESTATION);
      } else if (id.startsWith("6.") || id.startsWith("8.2.")) {
        assertThat(v).as(id).isEqualTo(Verification.WORKFLOW_BEHAVIOUR);
      } else if (id.startsWith("8.1.") || id.startsWith("A.")) {
        assertThat(v).as(id).isEqualTo(Verification.SOFTWARE_RULE);
      } else if (attested.contains(clause.id())) {
        assertThat(v).as(id).isEqualTo(Verification.ATTESTATION);
      } else {
        assertThat(v).as(id).isNotEqualTo(Verification.NONE);
      }
    }
  }

  @Test
  void rulings_r1_to_r12_each_interpret_existing_clauses() {
    List<Clause> rulings = CATALOG.where(Clause::isRuling);

    assertThat(rulings)
        .extracting(c -> c.id().value())
        .containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12");
    for (Clause ruling : rulings) {
      assertThat(ruling.interprets()).as(ruling.id().value()).isNotEmpty();
      assertThat(ruling.interprets())
          .allSatisfy(
              target -> assertThat(CATALOG.find(target)).as(ruling.id() + "→" + target).isPresent())
          .noneMatch(ClauseId::isRuling);
      assertThat(ruling.level()).isEqualTo(NormativeLevel.SHALL);
      assertThat(ruling.parent()).isEmpty();
      assertThat(ruling.textZh()).isEmpty();
    }
  }

  @Test
  void rulings_interpret_the_clauses_the_digest_relates_them_to() {
    Map<String, String> expected =
        Map.ofEntries(
            entry("R1", "4.1.3.2, 5.1.1.2, 5.1.2.2.1, 5.1.2.2.2, A.1.1, A.1.2"),
            entry("R2", "5.1.2.2.1, 5.1.2.2.2"),
            entry("R3", "A.1.2"),
            entry("R4", "4.1.3.1, 4.1.3.2, A.1.1, A.1.2"),
            entry("R5", "B.2, C.1"),
            entry("R6", "5.3.2, 5.3.3, 5.3.4"),
            entry("R7", "6.1.1.1"),
            entry("R8", "8.2.5, 9.2.2"),
            entry("R9", "6.2.1.2, 6.2.1.3, 8.2.4"),
            entry("R10", "6.2.1.2, 6.2.1.3, 8.2.4"),
            entry(
                "R11",
                "4.1.2, 4.2.1, 4.2.2, 4.2.4, 5.1.1.1, 5.3.1, 5.3.2, 5.3.3, 5.3.4, 5.3.5, 6.7.1.2, 7.1, 7.2.1.1, 7.2.1.2, 7.2.1.3, 7.2.2, 7.2.3, 7.3.1, 7.4.1.1, 7.4.1.2, 7.4.2.1, 7.4.2.2, 7.4.3.1, 7.4.3.2, 8.3, 9.2.1, 9.3.1, 9.3.2"),
            entry("R12", "6.3.1.2"));
    expected.forEach(
        (ruling, targets) ->
            assertThat(
                    CATALOG.get(ruling).interprets().stream()
                        .map(ClauseId::value)
                        .collect(joining(", ")))
                .as(ruling)
                .isEqualTo(targets));
    assertThat(CATALOG.rulingsFor(ClauseId.of("A.1.2")))
        .extracting(c -> c.id().value())
        .containsExactly("R1", "R3", "R4");
  }

  @Test
  void every_clause_has_an_english_summary_of_one_to_three_sentences() {
    Pattern sentenceEnd = Pattern.compile("\\.(\\s|$)");
    for (Clause clause : CATALOG.where(c -> !c.isRuling())) {
      assertThat(sentenceEnd.matcher(clause.summaryEn()).results().count())
          .as(clause.id().value())
          .isBetween(1L, 3L);
    }
  }

  private static String expectedText(String id) {
    if (isParagraph(id)) {
      String parent = id.substring(0, id.lastIndexOf('.'));
      int n = Integer.parseInt(id.substring(id.lastIndexOf(".p") + 2));
      List<String> lines = TEXT.sections().get(parent).lines();
      return n <= lines.size() ? lines.get(n - 1) : "";
    }
    if (MERGED.containsKey(id)) {
      return MERGED.get(id).stream()
          .flatMap(source -> TEXT.sections().get(source).lines().stream())
          .collect(joining("\n"));
    }
    boolean mergedAway =
        MERGED.values().stream().anyMatch(s -> s.contains(id) && !MERGED.containsKey(id));
    boolean splitIntoParagraphs = CATALOG.find(id + ".p1").isPresent();
    Section section = TEXT.sections().get(id);
    if (mergedAway || splitIntoParagraphs || section == null) {
      return "";
    }
    return String.join("\n", section.lines());
  }

  private static boolean isParagraph(String id) {
    return id.matches(".*\\.p[0-9]+");
  }

  private static boolean isNormative(NormativeLevel level) {
    return level != NormativeLevel.HEADING && level != NormativeLevel.INFORMATIVE;
  }

  private static String normalise(String s) {
    return WHITESPACE.matcher(s).replaceAll("");
  }

  private static Set<String> verbalForms(String zh) {
    String s = zh;
    for (String word : NOT_VERBAL_FORMS) {
      s = s.replace(word, "");
    }
    Set<String> forms = new LinkedHashSet<>();
    if (s.contains("不应")) {
      forms.add("不应");
    }
    if (s.replace("不应", "").contains("应")) {
      forms.add("应");
    }
    if (s.contains("宜")) {
      forms.add("宜");
    }
    if (s.contains("可")) {
      forms.add("可");
    }
    return forms;
  }

  /** 应 beside 不应 reads SHALL: the prohibition is then one part of a requirement. */
  private static NormativeLevel strongestForm(String zh) {
    Set<String> forms = verbalForms(zh);
    if (forms.contains("应")) {
      return NormativeLevel.SHALL;
    }
    if (forms.contains("不应")) {
      return NormativeLevel.SHALL_NOT;
    }
    if (forms.contains("宜")) {
      return NormativeLevel.SHOULD;
    }
    if (forms.contains("可")) {
      return NormativeLevel.MAY;
    }
    return null;
  }
}
