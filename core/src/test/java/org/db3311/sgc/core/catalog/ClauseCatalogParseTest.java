package org.db3311.sgc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Parsing catalog data reports the line and id of a problem")
class ClauseCatalogParseTest {

  private static final String CHAPTER_4 =
      """
      == 4
      level: HEADING
      verification: NONE
      title: 组织机构
      en: Organisation.
      """;

  private static final String CLAUSE_4_1 =
      """
      == 4.1
      parent: 4
      level: SHALL
      verification: ORGANISATIONAL
      zh: 应设立专门的管理机构。
      en: A dedicated management body shall be set up.
      """;

  private static ClauseCatalog parse(String data) throws IOException {
    return ClauseCatalog.parse(new StringReader(data));
  }

  @Test
  void reads_blocks_comments_and_continuation_lines() throws IOException {
    ClauseCatalog catalog =
        parse(
            "# a comment\n"
                + CHAPTER_4
                + """
                == 4.2
                parent: 4
                level: SHALL
                verification: ORGANISATIONAL
                zh: 应配置满足日常运营的设施设备，主要包括：
                  ——办公设施：桌椅等；
                  ——服务设施：饮水机等。
                en: Facilities shall be provided.
                == R1
                level: SHALL
                verification: SOFTWARE_RULE
                interprets: 4.2, 4
                en: A ruling.
                """);

    assertThat(catalog.size()).isEqualTo(3);
    assertThat(catalog.get("4.2").textZh())
        .isEqualTo("应配置满足日常运营的设施设备，主要包括：\n——办公设施：桌椅等；\n——服务设施：饮水机等。");
    assertThat(catalog.get("4.2").parent()).contains(ClauseId.of("4"));
    assertThat(catalog.get("R1").interprets())
        .containsExactly(ClauseId.of("4.2"), ClauseId.of("4"));
    assertThat(catalog.get("4").parent()).isEqualTo(Optional.empty());
    assertThat(catalog.children(ClauseId.of("4")))
        .extracting(Clause::id)
        .containsExactly(ClauseId.of("4.2"));
  }

  @Test
  void rejects_a_duplicate_id_naming_both_lines() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(CHAPTER_4 + CHAPTER_4))
        .withMessage("line 6: duplicate clause 4 (first defined at line 1)");
  }

  @Test
  void rejects_an_unknown_parent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(CLAUSE_4_1))
        .withMessage("line 1: 4.1 names unknown parent 4");
  }

  @Test
  void rejects_a_parent_defined_after_its_child() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(CLAUSE_4_1 + CHAPTER_4))
        .withMessage("line 1: 4.1 names parent 4, which is defined after it (line 7)");
  }

  @Test
  void rejects_a_block_without_english_summary() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                parse(
                    CHAPTER_4
                        + CLAUSE_4_1.replace(
                            "en: A dedicated management body shall be set up.\n", "")))
        .withMessage("line 6 (4.1): missing 'en'");
  }

  @Test
  void rejects_an_unknown_level() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(CHAPTER_4.replace("HEADING", "MUST")))
        .withMessageStartingWith(
            "line 1 (4): unknown level 'MUST', expected one of [SHALL, SHALL_NOT,");
  }

  @Test
  void rejects_an_unknown_verification() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(CHAPTER_4.replace("verification: NONE", "verification: MANUAL")))
        .withMessageStartingWith("line 1 (4): unknown verification 'MANUAL'");
  }

  @Test
  void rejects_a_ruling_that_interprets_nothing() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                parse(
                    CHAPTER_4
                        + """
                        == R3
                        level: SHALL
                        verification: SOFTWARE_RULE
                        en: Tier 2's alternative is met by either unit.
                        """))
        .withMessage("line 6 (R3): R3: a ruling must name the clauses it interprets");
  }

  @Test
  void rejects_a_ruling_that_interprets_an_unknown_clause() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                parse(
                    CHAPTER_4
                        + """
                        == R3
                        level: SHALL
                        verification: SOFTWARE_RULE
                        interprets: 4, A.1.2
                        en: Tier 2's alternative is met by either unit.
                        """))
        .withMessage("line 6: R3 interprets unknown clause A.1.2");
  }

  @Test
  void rejects_an_invalid_id() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(CHAPTER_4.replace("== 4", "== 4.01")))
        .withMessage("line 1 (4.01): not a DB3311 clause or ruling id: '4.01'");
  }

  @Test
  void rejects_a_normative_clause_without_chinese_text() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(CHAPTER_4 + CLAUSE_4_1.replace("zh: 应设立专门的管理机构。\n", "")))
        .withMessage("line 6 (4.1): 4.1: a SHALL clause needs its Chinese text");
  }

  @Test
  void rejects_a_continuation_line_outside_a_value_and_a_line_without_key() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse("  stray continuation\n" + CHAPTER_4))
        .withMessage("line 1: continuation outside a value");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(CHAPTER_4 + "no key here\n"))
        .withMessage("line 6: expected 'key: value'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(CHAPTER_4 + "en: Again.\n"))
        .withMessage("line 6: duplicate key en");
  }
}
