package org.db3311.sgc.core.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The clause catalog (条款目录): every clause of DB3311/T (chapters 1–3 as informative entries) and of
 * its appendices, and the product rulings, loaded from {@code clauses.txt} beside this class.
 *
 * <p>The data file is a sequence of blocks. A block starts with {@code == <id>} and holds {@code
 * key: value} lines; a line starting with two spaces continues the previous value on a new line.
 * Lines starting with {@code #} are comments. Keys: parent, level, verification, title, zh, en,
 * interprets (comma-separated ids).
 */
public final class ClauseCatalog {

  /** Classpath resource holding the catalog shipped with the product. */
  public static final String RESOURCE = "clauses.txt";

  /** Classpath resource holding the project's copy of the standard's text, the catalog's source. */
  public static final String STANDARD_TEXT_RESOURCE = "DB3311-standard.zh.txt";

  private static volatile ClauseCatalog standard;

  private final Map<ClauseId, Clause> clauses;

  private ClauseCatalog(Map<ClauseId, Clause> clauses) {
    this.clauses = Collections.unmodifiableMap(clauses);
  }

  /** The catalog shipped with this library (loaded once, then shared). */
  public static ClauseCatalog standard() {
    ClauseCatalog c = standard;
    if (c == null) {
      synchronized (ClauseCatalog.class) {
        c = standard;
        if (c == null) {
          try (InputStream in = ClauseCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("clause catalog resource missing: " + RESOURCE);
            }
            c = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          standard = c;
        }
      }
    }
    return c;
  }

  /**
   * The catalog data shipped with this library, byte for byte (what {@link #standard()} parses), so
   * that a caller can fingerprint the catalog it was built with. Core's data files are not opened
   * to other modules: on the module path only core itself can read them.
   */
  public static byte[] standardSource() {
    try (InputStream in = ClauseCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("clause catalog resource missing: " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The project's copy of the standard's Chinese text, as shipped with the library. */
  public static String standardText() {
    try (InputStream in = ClauseCatalog.class.getResourceAsStream(STANDARD_TEXT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "standard text resource missing: " + STANDARD_TEXT_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses catalog data, checking that ids are unique, parents exist and precede their children,
   * and rulings interpret existing clauses.
   *
   * @throws IllegalArgumentException naming the line of the first problem
   */
  public static ClauseCatalog parse(Reader source) throws IOException {
    BufferedReader reader = new BufferedReader(source);
    List<Block> blocks = new ArrayList<>();
    Map<String, StringBuilder> fields = null;
    String lastKey = null;
    int lineNo = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNo++;
      if (line.startsWith("#") || (line.isBlank() && !line.startsWith("  "))) {
        continue;
      }
      if (line.startsWith("== ")) {
        fields = new LinkedHashMap<>();
        blocks.add(new Block(line.substring(3).trim(), fields, lineNo));
        lastKey = null;
      } else if (line.startsWith("  ")) {
        if (fields == null || lastKey == null) {
          throw new IllegalArgumentException("line " + lineNo + ": continuation outside a value");
        }
        fields.get(lastKey).append('\n').append(line.substring(2));
      } else {
        int colon = line.indexOf(':');
        if (fields == null || colon <= 0) {
          throw new IllegalArgumentException("line " + lineNo + ": expected 'key: value'");
        }
        lastKey = line.substring(0, colon).trim();
        if (fields.containsKey(lastKey)) {
          throw new IllegalArgumentException("line " + lineNo + ": duplicate key " + lastKey);
        }
        fields.put(lastKey, new StringBuilder(line.substring(colon + 1).strip()));
      }
    }
    return new ClauseCatalog(link(blocks));
  }

  /** One {@code == id} block of the data file, with the line it starts on. */
  private record Block(String id, Map<String, StringBuilder> fields, int line) {}

  private static Map<ClauseId, Clause> link(List<Block> blocks) {
    Map<ClauseId, Integer> lineOf = new HashMap<>();
    List<Clause> parsed = new ArrayList<>();
    for (Block block : blocks) {
      Clause clause = toClause(block.id(), block.fields(), block.line());
      Integer first = lineOf.putIfAbsent(clause.id(), block.line());
      if (first != null) {
        throw new IllegalArgumentException(
            "line "
                + block.line()
                + ": duplicate clause "
                + clause.id()
                + " (first defined at line "
                + first
                + ")");
      }
      parsed.add(clause);
    }
    Map<ClauseId, Clause> byId = new LinkedHashMap<>();
    for (Clause clause : parsed) {
      int line = lineOf.get(clause.id());
      if (clause.parent().isPresent() && !byId.containsKey(clause.parent().get())) {
        ClauseId parent = clause.parent().get();
        Integer parentLine = lineOf.get(parent);
        throw new IllegalArgumentException(
            "line "
                + line
                + ": "
                + clause.id()
                + (parentLine == null
                    ? " names unknown parent " + parent
                    : " names parent "
                        + parent
                        + ", which is defined after it (line "
                        + parentLine
                        + ")"));
      }
      byId.put(clause.id(), clause);
    }
    for (Clause c : byId.values()) {
      for (ClauseId target : c.interprets()) {
        if (!byId.containsKey(target)) {
          throw new IllegalArgumentException(
              "line "
                  + lineOf.get(c.id())
                  + ": "
                  + c.id()
                  + " interprets unknown clause "
                  + target);
        }
      }
    }
    return byId;
  }

  private static Clause toClause(String id, Map<String, StringBuilder> f, int line) {
    try {
      List<ClauseId> interprets = new ArrayList<>();
      String interpretsText = value(f, "interprets");
      if (!interpretsText.isBlank()) {
        for (String s : interpretsText.split(",")) {
          interprets.add(ClauseId.of(s.strip()));
        }
      }
      String parent = value(f, "parent");
      return new Clause(
          ClauseId.of(id),
          parent.isBlank() ? Optional.empty() : Optional.of(ClauseId.of(parent)),
          constant(NormativeLevel.class, "level", required(f, "level")),
          value(f, "title"),
          value(f, "zh"),
          required(f, "en"),
          constant(Verification.class, "verification", required(f, "verification")),
          interprets);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + line + " (" + id + "): " + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String key, String text) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(
          "unknown "
              + key
              + " '"
              + text
              + "', expected one of "
              + Arrays.toString(type.getEnumConstants()),
          unknown);
    }
  }

  private static String value(Map<String, StringBuilder> f, String key) {
    StringBuilder b = f.get(key);
    return b == null ? "" : b.toString();
  }

  private static String required(Map<String, StringBuilder> f, String key) {
    String v = value(f, key);
    if (v.isBlank()) {
      throw new IllegalArgumentException("missing '" + key + "'");
    }
    return v;
  }

  /** All entries, in the standard's order. */
  public List<Clause> all() {
    return List.copyOf(new TreeMap<>(clauses).values());
  }

  /** Entries matching a predicate, in the standard's order. */
  public List<Clause> where(Predicate<Clause> predicate) {
    return all().stream().filter(predicate).toList();
  }

  public Optional<Clause> find(ClauseId id) {
    return Optional.ofNullable(clauses.get(id));
  }

  public Optional<Clause> find(String id) {
    try {
      return find(ClauseId.of(id));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  /**
   * @throws NoSuchElementException when the catalog has no such entry
   */
  public Clause get(String id) {
    return find(id).orElseThrow(() -> new NoSuchElementException("no clause or ruling " + id));
  }

  public boolean contains(String id) {
    return find(id).isPresent();
  }

  /** Direct children of a clause, in order. */
  public List<Clause> children(ClauseId id) {
    return where(c -> c.parent().filter(id::equals).isPresent());
  }

  /** Rulings that interpret the given clause. */
  public List<Clause> rulingsFor(ClauseId id) {
    return where(c -> c.interprets().contains(id));
  }

  public int size() {
    return clauses.size();
  }
}
