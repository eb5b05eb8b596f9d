package org.db3311.sgc.server.console;

import gg.jte.support.LocalizationSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's texts in the language the reader chose, and the reader's text size: what every
 * template gets as its parameter {@code t}. The texts are the resource bundles {@code
 * console/texts/texts.properties} (Chinese, the default) and {@code texts_en.properties} (English);
 * a template writes {@code ${t.localize("key")}} or {@code ${t.localize("key", arg)}} ({@code {0}}
 * in the text; jte escapes the argument). Dates and figures are not translated.
 *
 * <p>One instance belongs to one request: {@link ConsolePreferencesFilter} builds it from the
 * request's cookies, {@code Accept-Language} and path, and {@link ConsoleResource#render} hands it
 * to every template it renders.
 */
public final class ConsoleTexts implements LocalizationSupport {

  /** A language of the console. */
  public enum Language {
    /** 中文: the default; the standard's language and the language of the documents printed. */
    CHINESE("zh", "zh-CN", Locale.ROOT),
    /** English, for a reader who asks for it. */
    ENGLISH("en", "en", Locale.ENGLISH);

    final String code;
    final String tag;
    final ResourceBundle bundle;

    Language(String code, String tag, Locale locale) {
      this.code = code;
      this.tag = tag;
      // no fallback to the JVM's default locale: the root bundle (Chinese) is the only parent
      this.bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The code the language cookie and the switch link carry: {@code zh} or {@code en}. */
    public String code() {
      return code;
    }

    /** The language by its cookie code; anything else is none. */
    static java.util.Optional<Language> of(String code) {
      for (Language l : values()) {
        if (l.code.equals(code)) {
          return java.util.Optional.of(l);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /** The bundles' base name. */
  static final String BUNDLE = "console.texts.texts";

  private static final ThreadLocal<ConsoleTexts> CURRENT = new ThreadLocal<>();

  private final Language language;
  private final boolean largeText;
  private final String here;

  /**
   * @param here the page's own path (and query) to come back to after a switch, or null
   */
  public ConsoleTexts(Language language, boolean largeText, String here) {
    this.language = language;
    this.largeText = largeText;
    this.here = here == null ? "/console" : here;
  }

  /** Chinese, standard size: what a page rendered outside a request (a stream's thread) shows. */
  public static final ConsoleTexts DEFAULT = new ConsoleTexts(Language.CHINESE, false, "/console");

  /**
   * The texts of the request this thread serves. A request's thread runs the filter, the resource
   * and the rendering in turn, so the filter's choice reaches {@link ConsoleResource#render}
   * without every resource method passing it along; a thread serving no request gets {@link
   * #DEFAULT}.
   */
  public static ConsoleTexts current() {
    ConsoleTexts t = CURRENT.get();
    return t == null ? DEFAULT : t;
  }

  static void use(ConsoleTexts texts) {
    if (texts == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(texts);
    }
  }

  @Override
  public String lookup(String key) {
    try {
      return language.bundle.getString(key);
    } catch (MissingResourceException e) {
      // a key without a text shows itself rather than failing the page; the bundle test finds it
      return key;
    }
  }

  /** The text of a key, formatted with {@code {0}}, {@code {1}}… as plain text (for Java code). */
  public String text(String key, Object... args) {
    String s = lookup(key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /**
   * The name of a value of one of core's enums (a state, a kind…), keyed {@code prefix.NAME}: in
   * Chinese the standard's term, in English its translation; an unknown value shows its name.
   */
  public String name(String prefix, Enum<?> value) {
    String key = prefix + "." + value.name();
    String s = lookup(key);
    return s.equals(key) ? value.name() : s;
  }

  /** The same for a value a view carries by its name only (a state's column on the board). */
  public String key(String prefix, String name) {
    String key = prefix + "." + name;
    String s = lookup(key);
    return s.equals(key) ? name : s;
  }

  public Language language() {
    return language;
  }

  /** The {@code lang} attribute of the page. */
  public String lang() {
    return language.tag;
  }

  public boolean english() {
    return language == Language.ENGLISH;
  }

  /** Whether the reader asked for large text (main text at least 18 pt). */
  public boolean largeText() {
    return largeText;
  }

  /** The link that switches to the other language and comes back to this page. */
  public String switchLanguage() {
    return link("lang", english() ? Language.CHINESE.code : Language.ENGLISH.code);
  }

  /** The link that turns large text on or off and comes back to this page. */
  public String switchTextSize() {
    return link(
        "text", largeText ? ConsolePreferencesResource.NORMAL : ConsolePreferencesResource.LARGE);
  }

  private String link(String name, String value) {
    return "/console/preferences?"
        + name
        + "="
        + value
        + "&back="
        + URLEncoder.encode(here, StandardCharsets.UTF_8);
  }

  /** Every key of both bundles, for the test that keeps them alike. */
  static List<String> keys(Language l) {
    return l.bundle.keySet().stream().sorted().toList();
  }
}
