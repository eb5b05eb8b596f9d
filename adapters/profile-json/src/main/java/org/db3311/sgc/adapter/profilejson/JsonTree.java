package org.db3311.sgc.adapter.profilejson;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonConfig;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads a JSON text into a tree through the streaming parser, so that a key given twice in one
 * object is reported with its path, every such key and not only the first, where the default tree
 * reader would silently keep the last value ({@code "tier":"TIER_2","tier":"TIER_1"} would read as
 * tier 1). The first occurrence is kept so that the rest of the document is still checked.
 */
final class JsonTree {

  /** Looked up once: {@code Json.createValue} and friends search the class path on every call. */
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());

  /** Refuses a duplicate too, should one ever get past {@link #object}. */
  private static final JsonBuilderFactory BUILDERS =
      PROVIDER.createBuilderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

  private final JsonParser parser;
  private final BiConsumer<String, String> error;

  private JsonTree(JsonParser parser, BiConsumer<String, String> error) {
    this.parser = parser;
    this.error = error;
  }

  /**
   * The document's root value; repeated keys go to {@code error} as (path, reason).
   *
   * @throws JsonParsingException when the text is not one JSON value
   */
  static JsonValue read(Reader source, BiConsumer<String, String> error) {
    try (JsonParser parser = PARSERS.createParser(source)) {
      JsonTree tree = new JsonTree(parser, error);
      if (!parser.hasNext()) {
        throw new JsonParsingException("the document is empty", parser.getLocation());
      }
      JsonValue root = tree.value(parser.next(), "$");
      if (parser.hasNext()) {
        throw new JsonParsingException(
            "more content after the end of the document", parser.getLocation());
      }
      return root;
    }
  }

  private JsonValue value(JsonParser.Event event, String path) {
    return switch (event) {
      case START_OBJECT -> object(path);
      case START_ARRAY -> array(path);
      case VALUE_STRING -> PROVIDER.createValue(parser.getString());
      case VALUE_NUMBER -> parser.getValue();
      case VALUE_TRUE -> JsonValue.TRUE;
      case VALUE_FALSE -> JsonValue.FALSE;
      case VALUE_NULL -> JsonValue.NULL;
      case KEY_NAME, END_OBJECT, END_ARRAY ->
          throw new JsonParsingException("unexpected " + event, parser.getLocation());
    };
  }

  private JsonValue object(String path) {
    JsonObjectBuilder builder = BUILDERS.createObjectBuilder();
    Set<String> seen = new HashSet<>();
    for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
      String key = parser.getString();
      JsonLocation at = parser.getLocation();
      String keyPath = ProfileReader.at(path, key);
      JsonValue v = value(parser.next(), keyPath);
      if (seen.add(key)) {
        builder.add(key, v);
      } else {
        error.accept(
            keyPath,
            "is given more than once in the same object (again at line "
                + at.getLineNumber()
                + ", column "
                + at.getColumnNumber()
                + "); give each property once");
      }
    }
    return builder.build();
  }

  private JsonValue array(String path) {
    JsonArrayBuilder builder = BUILDERS.createArrayBuilder();
    int i = 0;
    for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
      builder.add(value(e, path + "[" + i++ + "]"));
    }
    return builder.build();
  }
}
