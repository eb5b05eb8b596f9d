package org.db3311.sgc.server.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The CJK font the report PDFs embed: the file named by {@value #PROPERTY}, else the first usable
 * one of the usual places of Debian's and other systems' CJK fonts. A font is usable when PDFBox
 * can embed it — TrueType outlines (a {@code glyf} table; Debian's fonts-noto-cjk are CFF outlines,
 * which PDFBox cannot subset) — and it has glyphs for Chinese. Without one the PDF is refused with
 * what was tried, rather than made with empty boxes for every character.
 */
public final class ReportFont {

  /**
   * The configuration property naming the font file (a .ttf, or a .ttc whose first usable font).
   */
  public static final String PROPERTY = "sgc.reports.pdf.font";

  /** Where CJK fonts with TrueType outlines are usually found, Debian's packages first. */
  static final List<Path> DEFAULTS =
      List.of(
          Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
          Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
          Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
          Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"),
          Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
          Path.of("/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf"),
          Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
          Path.of("C:/Windows/Fonts/simhei.ttf"),
          Path.of("C:/Windows/Fonts/simsun.ttc"),
          Path.of("/Library/Fonts/Arial Unicode.ttf"));

  /** Characters a Chinese report cannot do without. */
  private static final String PROBE = "中国报告风险研判签发";

  /** The font found, or why none was. */
  public sealed interface Choice permits Found, Missing {}

  /** A usable font: its file and its name within the file. */
  public record Found(Path file, String name) implements Choice {}

  /** No usable font; {@code tried} says for each place looked at why it would not do. */
  public record Missing(List<String> tried) implements Choice {
    public String detail() {
      return "No CJK font with TrueType outlines was found for the PDF ("
          + String.join("; ", tried)
          + "). Set "
          + PROPERTY
          + " to the path of one (a .ttf or .ttc), e.g. install Debian's fonts-wqy-microhei"
          + " (/usr/share/fonts/truetype/wqy/wqy-microhei.ttc) or fonts-arphic-uming.";
    }
  }

  private ReportFont() {}

  /**
   * The choice made for a configured value, and when: a font found is kept; a miss is kept for
   * {@link #MISS_KEPT}, so that a PDF asked for again does not search the disk again on every
   * request, and a font installed later is still seen without a restart.
   */
  private record Cached(Optional<String> configured, Choice choice, Instant at) {}

  /** How long a miss is kept before the disk is searched again. */
  static final Duration MISS_KEPT = Duration.ofMinutes(5);

  private static volatile Cached cached;

  private static final Object SEARCH = new Object();

  /** The font for the configured property (empty: the defaults). */
  public static Choice choose(Optional<String> configured) {
    return choose(configured, Instant.now());
  }

  /** The same, at a given moment (a test's clock). */
  static Choice choose(Optional<String> configured, Instant now) {
    Choice kept = kept(configured, now);
    if (kept != null) {
      return kept;
    }
    // one search at a time: a caller arriving during the search of the start-up thread (below)
    // waits for its answer instead of parsing the same fonts again
    synchronized (SEARCH) {
      kept = kept(configured, now);
      return kept != null ? kept : search(configured, now);
    }
  }

  private static Choice kept(Optional<String> configured, Instant now) {
    Cached c = cached;
    if (c != null
        && c.configured().equals(configured)
        && (c.choice() instanceof Found || now.isBefore(c.at().plus(MISS_KEPT)))) {
      return c.choice();
    }
    return null;
  }

  /**
   * Makes the choice for the configured value on a thread of its own: Helidon asks every readiness
   * check once while it builds the health endpoint, on the one thread start-up runs on, and parsing
   * a CJK font collection there cost a few per cent of it (JFR, README "Benchmarks").
   */
  public static void chooseInBackground(Optional<String> configured) {
    Thread t = new Thread(() -> choose(configured), "sgc-report-font");
    t.setDaemon(true);
    t.start();
  }

  private static Choice search(Optional<String> configured, Instant now) {
    Choice choice;
    try {
      choice =
          choose(
              configured
                  .filter(v -> !v.isBlank())
                  .map(v -> List.of(Path.of(v.strip())))
                  .orElse(DEFAULTS));
    } catch (java.nio.file.InvalidPathException e) {
      choice = new Missing(List.of(PROPERTY + "=" + configured.get() + ": not a path"));
    }
    cached = new Cached(configured, choice, now);
    return choice;
  }

  /** The first usable font among the files, in order. */
  static Choice choose(List<Path> files) {
    List<String> tried = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        tried.add(f + ": no such file");
        continue;
      }
      try {
        Optional<String> name = usable(f);
        if (name.isPresent()) {
          return new Found(f, name.get());
        }
        tried.add(f + ": no font in it has TrueType outlines and Chinese glyphs");
      } catch (IOException | RuntimeException e) {
        tried.add(f + ": not readable as a TrueType font (" + e.getMessage() + ")");
      }
    }
    return new Missing(tried);
  }

  /** The name of the first font of the file PDFBox can embed and that draws Chinese. */
  private static Optional<String> usable(Path f) throws IOException {
    List<String> found = new ArrayList<>();
    withFonts(
        f,
        font -> {
          if (found.isEmpty() && embeddable(font)) {
            found.add(font.getName());
          }
        });
    return found.stream().findFirst();
  }

  static boolean embeddable(TrueTypeFont font) throws IOException {
    if (!font.getTableMap().containsKey("glyf")) {
      return false;
    }
    var cmap = font.getUnicodeCmapLookup(false);
    if (cmap == null) {
      return false;
    }
    return PROBE.codePoints().allMatch(cp -> cmap.getGlyphId(cp) > 0);
  }

  /** A callback on each font of a .ttc, or on the one font of a .ttf. */
  interface FontUse {
    void accept(TrueTypeFont font) throws IOException;
  }

  static void withFonts(Path f, FontUse use) throws IOException {
    if (f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
      try (TrueTypeCollection ttc = new TrueTypeCollection(f.toFile())) {
        ttc.processAllFonts(use::accept);
      }
    } else {
      try (TrueTypeFont font =
          new org.apache.fontbox.ttf.TTFParser()
              .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(f.toFile()))) {
        use.accept(font);
      }
    }
  }
}
