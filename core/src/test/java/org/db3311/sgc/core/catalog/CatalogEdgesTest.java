package org.db3311.sgc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The catalog is the one list of clauses and rulings every report, rule and check names (ruling
 * R11: "the clause catalog's verification column decides what a report needs").
 */
@DisplayName("R11 the clause catalog: loading, lookup, levels and order")
class CatalogEdgesTest {

  private static final String CHAPTER_4 =
      """
      == 4
      level: HEADING
      verification: NONE
      title: 组织机构
      en: Organisation.
      """;

  @Test
  void the_shipped_catalog_is_loaded_once_from_its_resource_on_first_use() throws Exception {
    Field cache = ClauseCatalog.class.getDeclaredField("standard");
    cache.setAccessible(true);
    Object before = cache.get(null);
    try {
      // a cold cache: the first use reads the resource, the next ones get the same catalog
      cache.set(null, null);
      ClauseCatalog first = ClauseCatalog.standard();
      assertThat(first).isNotNull();
      assertThat(first.contains("6.2.1.3")).isTrue();
      assertThat(cache.get(null)).isSameAs(first);
      assertThat(ClauseCatalog.standard()).isSameAs(first);
    } finally {
      cache.set(null, before);
    }
    assertThat(ClauseCatalog.standard()).isNotNull().isSameAs(ClauseCatalog.standard());
  }

  @Test
  void the_standard_text_is_shipped_with_the_catalog() {
    String text = ClauseCatalog.standardText();
    assertThat(text).contains("6.2.1.3 督查督办").contains("中心应对受理的矛盾纠纷进行督查督办");
  }

  @Test
  void get_names_an_id_that_is_not_in_the_catalog_and_contains_answers_both_ways() {
    ClauseCatalog catalog = ClauseCatalog.standard();
    assertThat(catalog.contains("6.2.1.3")).isTrue();
    assertThat(catalog.contains("R10")).isTrue();
    assertThat(catalog.contains("6.2.1.99")).isFalse();
    assertThat(catalog.contains("not an id")).isFalse();
    assertThatThrownBy(() -> catalog.get("6.2.1.99"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no clause or ruling 6.2.1.99");
    assertThat(catalog.get("6.2.1.3").id()).isEqualTo(ClauseId.of("6.2.1.3"));
  }

  @Test
  void only_shall_and_shall_not_are_mandatory() {
    // 应 = SHALL, 不应 = SHALL NOT; 宜 and 可 do not bind
    assertThat(NormativeLevel.SHALL.isMandatory()).isTrue();
    assertThat(NormativeLevel.SHALL_NOT.isMandatory()).isTrue();
    for (NormativeLevel level :
        EnumSet.complementOf(EnumSet.of(NormativeLevel.SHALL, NormativeLevel.SHALL_NOT))) {
      assertThat(level.isMandatory()).as(level.name()).isFalse();
    }
  }

  @Test
  void a_paragraph_comes_after_every_numbered_subclause_however_long_its_number() {
    ClauseId paragraph = ClauseId.of("6.6.1.p1");
    assertThat(paragraph).isGreaterThan(ClauseId.of("6.6.1.1"));
    assertThat(paragraph).isGreaterThan(ClauseId.of("6.6.1.100"));
    assertThat(paragraph).isLessThan(ClauseId.of("6.6.1.note"));
    assertThat(ClauseId.of("6.6.1.p10")).isGreaterThan(ClauseId.of("6.6.1.p9"));
  }

  @Test
  void a_blank_continuation_line_is_kept_as_an_empty_line_of_the_value() throws IOException {
    ClauseCatalog catalog =
        ClauseCatalog.parse(
            new StringReader(
                CHAPTER_4
                    + "== 4.1\n"
                    + "parent: 4\n"
                    + "level: SHALL\n"
                    + "verification: ORGANISATIONAL\n"
                    + "zh: 第一段\n"
                    + "  \n"
                    + "  第二段\n"
                    + "en: Two paragraphs.\n"
                    + "\n"
                    + "# a comment between blocks\n"
                    + "\n"));
    assertThat(catalog.get("4.1").textZh()).isEqualTo("第一段\n\n第二段");
    assertThat(catalog.size()).isEqualTo(2);
  }

  @Test
  void a_line_without_a_key_before_its_colon_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClauseCatalog.parse(new StringReader(CHAPTER_4 + ": a value\n")))
        .withMessage("line 6: expected 'key: value'");
  }
}
