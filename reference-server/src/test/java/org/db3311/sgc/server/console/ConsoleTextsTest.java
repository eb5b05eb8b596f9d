package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.PartyRole;
import org.db3311.sgc.core.mediation.MediationState;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.db3311.sgc.server.problem.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The console's two bundles stay alike: the same keys, no empty text, the same placeholders, and
 * every key a template names has a text in both languages, so an English page never shows a key or
 * falls back to Chinese.
 */
@DisplayName("Console texts: Chinese and English bundles with the same keys, every template key")
class ConsoleTextsTest {

  static Properties bundle(String file) {
    Properties p = new Properties();
    try (InputStream in = ConsoleTexts.class.getResourceAsStream("/console/texts/" + file)) {
      assertThat(in).as(file).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  static final Properties ZH = bundle("texts.properties");
  static final Properties EN = bundle("texts_en.properties");

  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
  static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  @Test
  @DisplayName("both bundles have the same keys, and no text is empty")
  void same_keys_no_empty_text() {
    assertThat(new TreeSet<>(EN.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(ZH.stringPropertyNames()));
    assertThat(ZH.stringPropertyNames()).hasSizeGreaterThan(200);
    for (String k : ZH.stringPropertyNames()) {
      assertThat(ZH.getProperty(k)).as("Chinese " + k).isNotBlank();
      assertThat(EN.getProperty(k)).as("English " + k).isNotBlank();
    }
  }

  @Test
  @DisplayName("a text has the same placeholders in both languages; English has no Chinese")
  void same_placeholders() {
    for (String k : ZH.stringPropertyNames()) {
      assertThat(placeholders(EN.getProperty(k)))
          .as("placeholders of " + k)
          .isEqualTo(placeholders(ZH.getProperty(k)));
      if (!k.equals("layout.otherLanguage")) {
        assertThat(HAN.matcher(EN.getProperty(k)).find()).as("Chinese in English " + k).isFalse();
      }
    }
  }

  private static Set<String> placeholders(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** A literal key in a template: t.localize("…"), t.lookup("…") or t.text("…"). */
  static final Pattern TEMPLATE_KEY =
      Pattern.compile("\\bt\\.(?:localize|lookup|text)\\(\"([A-Za-z0-9_.]+)\"");

  @Test
  @DisplayName("every key a template names has a text in both languages")
  void every_template_key_has_both_texts() throws IOException {
    List<String> missing = new ArrayList<>();
    int found = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
        Matcher m = TEMPLATE_KEY.matcher(Files.readString(f));
        while (m.find()) {
          found++;
          String key = m.group(1);
          if (!ZH.containsKey(key) || !EN.containsKey(key)) {
            missing.add(f.getFileName() + ": " + key);
          }
        }
      }
    }
    assertThat(found).isGreaterThan(150);
    assertThat(missing).isEmpty();
  }

  @Test
  @DisplayName(
      "every state and role from core has a name in both languages, keyed by its enum name")
  void core_values_have_names() {
    List<String> keys = new ArrayList<>();
    for (MatterState s : MatterState.values()) {
      keys.add("matter.state." + s.name());
    }
    for (MediationState s : MediationState.values()) {
      keys.add("mediation.state." + s.name());
    }
    for (SupervisionState s : SupervisionState.values()) {
      keys.add("supervision.state." + s.name());
    }
    for (PartyRole r : PartyRole.values()) {
      keys.add("party.role." + r.name());
    }
    assertThat(keys).allSatisfy(k -> assertThat(ZH).containsKey(k));
    assertThat(keys).allSatisfy(k -> assertThat(EN).containsKey(k));
  }

  @Test
  @DisplayName("texts look up by language, format their arguments, and show an unknown key")
  void lookup_and_format() {
    ConsoleTexts zh = new ConsoleTexts(ConsoleTexts.Language.CHINESE, false, "/console");
    ConsoleTexts en = new ConsoleTexts(ConsoleTexts.Language.ENGLISH, true, "/console/x?a=1&b=2");
    assertThat(zh.text("deadline.left", 5)).isEqualTo("剩余 5 个工作日");
    assertThat(en.text("deadline.left", 5)).isEqualTo("5 working days left");
    assertThat(en.name("matter.state", MatterState.AWAITING_SUPPLEMENT))
        .isEqualTo("Awaiting supplement");
    assertThat(zh.name("matter.state", MatterState.AWAITING_SUPPLEMENT)).isEqualTo("待补正材料");
    assertThat(en.lookup("no.such.key")).isEqualTo("no.such.key");
    assertThat(en.key("supervision.state", "NO_SUCH")).isEqualTo("NO_SUCH");
    assertThat(zh.lang()).isEqualTo("zh-CN");
    assertThat(en.lang()).isEqualTo("en");
    assertThat(zh.switchLanguage()).isEqualTo("/console/preferences?lang=en&back=%2Fconsole");
    assertThat(en.switchLanguage())
        .isEqualTo("/console/preferences?lang=zh&back=%2Fconsole%2Fx%3Fa%3D1%26b%3D2");
    assertThat(en.switchTextSize()).startsWith("/console/preferences?text=normal&");
    assertThat(zh.switchTextSize()).startsWith("/console/preferences?text=large&");
    // outside a request (a unit test, a stream's thread): Chinese
    assertThat(ConsoleTexts.current().language()).isEqualTo(ConsoleTexts.Language.CHINESE);
  }

  @Test
  @DisplayName("the cookie chooses; else a browser preferring English gets English; else Chinese")
  void language_choice() {
    assertThat(ConsolePreferencesFilter.language(null, null))
        .isEqualTo(ConsoleTexts.Language.CHINESE);
    assertThat(ConsolePreferencesFilter.language(null, "en-US,en;q=0.9"))
        .isEqualTo(ConsoleTexts.Language.ENGLISH);
    assertThat(ConsolePreferencesFilter.language(null, "zh-CN,zh;q=0.9,en;q=0.8"))
        .isEqualTo(ConsoleTexts.Language.CHINESE);
    assertThat(ConsolePreferencesFilter.language(null, "en;q=0.5,zh-TW;q=0.9"))
        .isEqualTo(ConsoleTexts.Language.CHINESE);
    assertThat(ConsolePreferencesFilter.language(null, "fr-FR,de;q=0.8"))
        .isEqualTo(ConsoleTexts.Language.CHINESE);
    assertThat(ConsolePreferencesFilter.language(null, "en;q=oops"))
        .isEqualTo(ConsoleTexts.Language.CHINESE);
    assertThat(ConsolePreferencesFilter.language("zh", "en-US"))
        .isEqualTo(ConsoleTexts.Language.CHINESE);
    assertThat(ConsolePreferencesFilter.language("en", "zh-CN"))
        .isEqualTo(ConsoleTexts.Language.ENGLISH);
    assertThat(ConsolePreferencesFilter.language("xx", "en"))
        .isEqualTo(ConsoleTexts.Language.ENGLISH);
  }

  @Test
  @DisplayName("a switch goes back to a path of this server only")
  void back_is_local() {
    assertThat(ConsolePreferencesResource.back(null)).isEqualTo("/console");
    assertThat(ConsolePreferencesResource.back("/console/matters/331102-20261203-0001"))
        .isEqualTo("/console/matters/331102-20261203-0001");
    assertThat(ConsolePreferencesResource.back("/public/matters?x=1"))
        .isEqualTo("/public/matters?x=1");
    for (String bad :
        List.of("https://example.com/", "//example.com/", "/\\example.com", "console", "/a b")) {
      assertThatThrownBy(() -> ConsolePreferencesResource.back(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              Problem.Exception.class, e -> assertThat(e.problem().status()).isEqualTo(400));
    }
  }
}
