package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "The PDF's CJK font: configured, else found; none usable is said, with every path tried")
class ReportFontTest {

  static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
  static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

  @Test
  void missing_files_are_named_with_the_property_to_set() throws Exception {
    Path notAFont = Files.createTempFile("not-a-font", ".ttf");
    Files.writeString(notAFont, "plain text");
    var choice = ReportFont.choose(List.of(Path.of("/nowhere/font.ttf"), notAFont));
    assertThat(choice).isInstanceOf(ReportFont.Missing.class);
    String detail = ((ReportFont.Missing) choice).detail();
    assertThat(detail)
        .contains("/nowhere/font.ttf: no such file")
        .contains(notAFont + ": not readable")
        .contains(ReportFont.PROPERTY);
  }

  @Test
  void noto_cjk_has_cff_outlines_that_pdfbox_cannot_embed_so_it_is_passed_over() {
    Assumptions.assumeTrue(Files.isRegularFile(NOTO), "fonts-noto-cjk not installed");
    var choice = ReportFont.choose(List.of(NOTO));
    assertThat(choice).isInstanceOf(ReportFont.Missing.class);
    assertThat(((ReportFont.Missing) choice).detail()).contains("TrueType outlines");
  }

  @Test
  void the_first_usable_font_is_taken() {
    Assumptions.assumeTrue(Files.isRegularFile(WQY), "fonts-wqy-microhei not installed");
    var choice = ReportFont.choose(List.of(Path.of("/nowhere/font.ttf"), NOTO, WQY));
    assertThat(choice).isEqualTo(new ReportFont.Found(WQY, "WenQuanYiMicroHei"));
  }

  @Test
  void a_configured_path_is_the_only_one_looked_at() {
    var missing = ReportFont.choose(java.util.Optional.of("/nowhere/simhei.ttf"));
    assertThat(missing).isInstanceOf(ReportFont.Missing.class);
    assertThat(((ReportFont.Missing) missing).tried())
        .containsExactly("/nowhere/simhei.ttf: no such file");
    assertThat(ReportFont.choose(java.util.Optional.of("bad\u0000path")))
        .isInstanceOf(ReportFont.Missing.class);
    Assumptions.assumeTrue(Files.isRegularFile(WQY), "fonts-wqy-microhei not installed");
    assertThat(ReportFont.choose(java.util.Optional.of(WQY.toString())))
        .isEqualTo(new ReportFont.Found(WQY, "WenQuanYiMicroHei"));
  }

  @Test
  @DisplayName(
      "a miss is kept for the configured path: the disk is not searched again on every PDF, only"
          + " after a while or for another path")
  void a_miss_is_kept_for_its_configured_path_for_a_while() {
    var configured = java.util.Optional.of("/nowhere/" + java.util.UUID.randomUUID() + ".ttf");
    java.time.Instant t0 = java.time.Instant.parse("2026-12-04T08:00:00Z");
    ReportFont.Choice first = ReportFont.choose(configured, t0);
    assertThat(first).isInstanceOf(ReportFont.Missing.class);
    // the same answer, not a new search (which would make a new Missing)
    assertThat(ReportFont.choose(configured, t0.plusSeconds(60))).isSameAs(first);
    // another path is looked at on its own
    var other = java.util.Optional.of("/nowhere/other-" + java.util.UUID.randomUUID() + ".ttf");
    ReportFont.Choice second = ReportFont.choose(other, t0.plusSeconds(61));
    assertThat(second).isNotSameAs(first);
    assertThat(((ReportFont.Missing) second).tried().getFirst()).startsWith("/nowhere/other-");
    // after a while the disk is searched again, so a font installed meanwhile is seen
    assertThat(ReportFont.choose(other, t0.plusSeconds(62))).isSameAs(second);
    ReportFont.Choice later =
        ReportFont.choose(other, t0.plus(ReportFont.MISS_KEPT).plusSeconds(62));
    assertThat(later).isNotSameAs(second).isEqualTo(second);
  }
}
