package org.db3311.sgc.adapter.profilejson;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads a JSON text through the streaming parser into plain values: {@link Obj} for an object, a
 * {@link List} for an array, {@link String}, {@link BigDecimal}, {@link Boolean} and {@link #NULL}.
 * A key given twice in one object is reported with its path, every such key and not only the first,
 * where a tree reader would silently keep the last value ({@code "tier":"TIER_2","tier":"TIER_1"}
 * would read as tier 1). The first occurrence is kept so that the rest of the document is still
 * checked.
 *
 * <p>Not JSON-P's own tree: building it (a map and a wrapper per value) and naming every value's
 * path in advance, in case it was repeated, were a third of what reading a profile cost.
 */
final class JsonTree {

  /** JSON's {@code null}, which the reader refuses wherever it stands. */
  static final Object NULL = new Object();

  private static final JsonParserFactory PARSERS =
      JsonProvider.provider().createParserFactory(Map.of());

  private final JsonParser parser;
  private final BiConsumer<String, String> error;

  /** Keys and indexes from the root to the value being read: its path, spelt out on an error. */
  private final List<Object> at = new ArrayList<>();

  private JsonTree(JsonParser parser, BiConsumer<String, String> error) {
    this.parser = parser;
    this.error = error;
  }

  /**
   * The document's root value; repeated keys go to {@code error} as (path, reason).
   *
   * @throws JsonParsingException when the text is not one JSON value
   * @throws NumberFormatException when a number has an exponent {@link BigDecimal} cannot hold
   */
  static Object read(Reader source, BiConsumer<String, String> error) {
    try (JsonParser parser = PARSERS.createParser(source)) {
      JsonTree tree = new JsonTree(parser, error);
      if (!parser.hasNext()) {
        throw new JsonParsingException("the document is empty", parser.getLocation());
      }
      Object root = tree.value(parser.next());
      if (parser.hasNext()) {
        throw new JsonParsingException(
            "more content after the end of the document", parser.getLocation());
      }
      return root;
    }
  }

  private Object value(JsonParser.Event event) {
    return switch (event) {
      case START_OBJECT -> object();
      case START_ARRAY -> array();
      case VALUE_STRING -> parser.getString();
      case VALUE_NUMBER -> parser.getBigDecimal();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> NULL;
      case KEY_NAME, END_OBJECT, END_ARRAY ->
          throw new JsonParsingException("unexpected " + event, parser.getLocation());
    };
  }

  private Obj object() {
    Obj o = new Obj();
    for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
      String key = parser.getString();
      JsonLocation again = parser.getLocation();
      at.add(key);
      Object v = value(parser.next());
      if (!o.add(key, v)) {
        error.accept(
            path(),
            "is given more than once in the same object (again at line "
                + again.getLineNumber()
                + ", column "
                + again.getColumnNumber()
                + "); give each property once");
      }
      at.removeLast();
    }
    return o;
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
      at.add(list.size());
      list.add(value(e));
      at.removeLast();
    }
    return list;
  }

  private String path() {
    String path = "$";
    for (Object step : at) {
      path = step instanceof String key ? ProfileReader.at(path, key) : path + "[" + step + "]";
    }
    return path;
  }

  /**
   * A JSON object: its keys in the order first given, each with its value. Looked up by scanning
   * from where the last lookup ended: a profile's objects have at most nineteen keys, and the
   * reader asks for them mostly in the order a document gives them.
   */
  static final class Obj {
    private final List<String> keys = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private int last;

    /** Adds a key not given before; false when it was. */
    private boolean add(String key, Object value) {
      if (keys.contains(key)) {
        return false;
      }
      keys.add(key);
      values.add(value);
      return true;
    }

    List<String> keys() {
      return keys;
    }

    boolean containsKey(String key) {
      return indexOf(key) >= 0;
    }

    /** The value of the key, or null when the object has no such key. */
    Object get(String key) {
      int i = indexOf(key);
      return i < 0 ? null : values.get(i);
    }

    private int indexOf(String key) {
      int n = keys.size();
      for (int k = 0; k < n; k++) {
        int i = (last + k) % n;
        if (keys.get(i).equals(key)) {
          last = i;
          return i;
        }
      }
      return -1;
    }
  }
}
