package org.db3311.sgc.adapter.jpa;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.db3311.sgc.core.archive.ContentHash;

/**
 * Writes an aggregate's snapshot record as a JSON document and reads it back through the record's
 * canonical constructor, so every invariant the core checks is checked again on the way in.
 *
 * <p>Why a document: a snapshot is the aggregate's consistency boundary and is always read and
 * written whole; the columns a database must search or constrain (state, unit, deadline,
 * registration number, source reference…) are stored beside it by the repository. The codec is
 * generic over records, enums, {@code java.time} values, {@link Optional}, lists, sets and maps,
 * and the sealed interfaces of the core (written with an {@code "@type"} member naming the record),
 * so a snapshot that gains a field needs no mapping code — only, when the field is not optional, a
 * migration of the stored documents.
 *
 * <p>Reading accepts only types under {@code org.db3311.sgc} that implement the declared type: a
 * document cannot make the codec instantiate anything else.
 */
final class SnapshotCodec {

  private static final String TYPE = "@type";
  private static final String TRUSTED = "org.db3311.sgc.";
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

  private static final Map<Class<?>, Function<String, ?>> SCALARS =
      Map.ofEntries(
          Map.entry(String.class, s -> s),
          Map.entry(Instant.class, Instant::parse),
          Map.entry(LocalDate.class, LocalDate::parse),
          Map.entry(LocalDateTime.class, LocalDateTime::parse),
          Map.entry(LocalTime.class, LocalTime::parse),
          Map.entry(OffsetDateTime.class, OffsetDateTime::parse),
          Map.entry(Duration.class, Duration::parse),
          Map.entry(Period.class, Period::parse),
          Map.entry(YearMonth.class, YearMonth::parse),
          Map.entry(Year.class, Year::parse),
          Map.entry(ZoneId.class, ZoneId::of),
          Map.entry(BigDecimal.class, BigDecimal::new),
          Map.entry(ContentHash.class, ContentHash::ofHex));

  private SnapshotCodec() {}

  static String write(Record snapshot) {
    return value(snapshot, snapshot.getClass()).toString();
  }

  static <R extends Record> R read(String document, Class<R> type) {
    try (var reader = JSON.createReader(new StringReader(document))) {
      return type.cast(read(reader.readValue(), type, type));
    }
  }

  // ---- writing

  private static JsonValue value(Object v, Type declared) {
    if (v == null) {
      return JsonValue.NULL;
    }
    if (v instanceof Optional<?> o) {
      return o.isPresent() ? value(o.get(), typeArgument(declared, 0)) : JsonValue.NULL;
    }
    if (v instanceof String s) {
      return JSON.createValue(s);
    }
    if (v instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return JSON.createValue(((Number) v).longValue());
    }
    if (v instanceof Double || v instanceof Float) {
      return JSON.createValue(((Number) v).doubleValue());
    }
    if (v instanceof BigDecimal d) {
      return JSON.createValue(d.toPlainString());
    }
    if (v instanceof Enum<?> e) {
      return JSON.createValue(e.name());
    }
    if (SCALARS.containsKey(v.getClass()) || v instanceof ZoneId || v instanceof DayOfWeek) {
      return JSON.createValue(v.toString());
    }
    if (v instanceof Collection<?> c) {
      JsonArrayBuilder a = JSON.createArrayBuilder();
      Type element = typeArgument(declared, 0);
      for (Object item : c) {
        a.add(value(item, element));
      }
      return a.build();
    }
    if (v instanceof Map<?, ?> m) {
      JsonArrayBuilder a = JSON.createArrayBuilder();
      Type key = typeArgument(declared, 0);
      Type val = typeArgument(declared, 1);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        a.add(JSON.createArrayBuilder().add(value(e.getKey(), key)).add(value(e.getValue(), val)));
      }
      return a.build();
    }
    if (v instanceof Record r) {
      JsonObjectBuilder o = JSON.createObjectBuilder();
      if (raw(declared) != r.getClass()) {
        o.add(TYPE, r.getClass().getName());
      }
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        Object component;
        try {
          Method accessor = rc.getAccessor();
          accessor.setAccessible(true);
          component = accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + rc, e);
        }
        o.add(rc.getName(), value(component, rc.getGenericType()));
      }
      return o.build();
    }
    Optional<Method> parse = parser(v.getClass());
    if (parse.isPresent()) {
      return JSON.createValue(v.toString());
    }
    throw new IllegalArgumentException(
        "cannot store a " + v.getClass().getName() + " in a snapshot");
  }

  // ---- reading

  private static Object read(JsonValue json, Type declared, Class<?> context) {
    Class<?> raw = raw(declared);
    if (raw == Optional.class) {
      return json == null || json.getValueType() == JsonValue.ValueType.NULL
          ? Optional.empty()
          : Optional.of(read(json, typeArgument(declared, 0), context));
    }
    if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        throw new IllegalArgumentException("missing value for " + raw + " in " + context.getName());
      }
      return null;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return json == JsonValue.TRUE;
    }
    if (raw == int.class || raw == Integer.class) {
      return ((JsonNumber) json).intValueExact();
    }
    if (raw == long.class || raw == Long.class) {
      return ((JsonNumber) json).longValueExact();
    }
    if (raw == short.class || raw == Short.class) {
      return (short) ((JsonNumber) json).intValueExact();
    }
    if (raw == double.class || raw == Double.class) {
      return ((JsonNumber) json).doubleValue();
    }
    if (raw == float.class || raw == Float.class) {
      return (float) ((JsonNumber) json).doubleValue();
    }
    if (raw.isEnum()) {
      return enumValue(raw, ((JsonString) json).getString());
    }
    Function<String, ?> scalar = SCALARS.get(raw);
    if (scalar != null) {
      return scalar.apply(((JsonString) json).getString());
    }
    if (raw == ZoneId.class) {
      return ZoneId.of(((JsonString) json).getString());
    }
    if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
      List<Object> out = new ArrayList<>();
      for (JsonValue item : (JsonArray) json) {
        out.add(read(item, typeArgument(declared, 0), context));
      }
      return out;
    }
    if (Set.class.isAssignableFrom(raw)) {
      Collection<Object> out =
          SortedSet.class.isAssignableFrom(raw) ? new TreeSet<>() : new LinkedHashSet<>();
      for (JsonValue item : (JsonArray) json) {
        out.add(read(item, typeArgument(declared, 0), context));
      }
      return out;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> out =
          SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>() : new LinkedHashMap<>();
      for (JsonValue pair : (JsonArray) json) {
        JsonArray kv = (JsonArray) pair;
        out.put(
            read(kv.get(0), typeArgument(declared, 0), context),
            read(kv.get(1), typeArgument(declared, 1), context));
      }
      return out;
    }
    if (json instanceof JsonObject o) {
      Class<?> concrete = concreteType(o, raw);
      if (!concrete.isRecord()) {
        throw new IllegalArgumentException(concrete.getName() + " is not a record");
      }
      RecordComponent[] components = concrete.getRecordComponents();
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        args[i] = read(o.get(components[i].getName()), components[i].getGenericType(), concrete);
      }
      try {
        return constructor(concrete, components).newInstance(args);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException(
            "a stored " + concrete.getSimpleName() + " is refused: " + e.getCause().getMessage(),
            e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot rebuild " + concrete.getName(), e);
      }
    }
    if (json instanceof JsonString s) {
      Method parse =
          parser(raw)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "cannot read a " + raw.getName() + " from text"));
      try {
        return parse.invoke(null, s.getString());
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot read a " + raw.getName(), e);
      }
    }
    throw new IllegalArgumentException("cannot read a " + raw.getName() + " from " + json);
  }

  private static Class<?> concreteType(JsonObject o, Class<?> declared) {
    if (!o.containsKey(TYPE)) {
      return declared;
    }
    String name = o.getString(TYPE);
    if (!name.startsWith(TRUSTED)) {
      throw new IllegalArgumentException("a snapshot may not name the type " + name);
    }
    Class<?> c;
    try {
      // a type variable (Tracked<S>'s snapshot) is declared as Object, which the boot loader
      // loads: the core's types come from the loader of this codec
      ClassLoader loader =
          declared.getClassLoader() != null
              ? declared.getClassLoader()
              : SnapshotCodec.class.getClassLoader();
      c = Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("unknown type " + name + " in a stored snapshot", e);
    }
    if (!declared.isAssignableFrom(c)) {
      throw new IllegalArgumentException(name + " is not a " + declared.getName());
    }
    return c;
  }

  private static Constructor<?> constructor(Class<?> type, RecordComponent[] components) {
    return CONSTRUCTORS.computeIfAbsent(
        type,
        t -> {
          Class<?>[] params = new Class<?>[components.length];
          for (int i = 0; i < components.length; i++) {
            params[i] = components[i].getType();
          }
          try {
            Constructor<?> c = t.getDeclaredConstructor(params);
            c.setAccessible(true);
            return c;
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor on " + t.getName(), e);
          }
        });
  }

  private static Optional<Method> parser(Class<?> type) {
    for (String name : List.of("parse", "of", "valueOf")) {
      try {
        Method m = type.getMethod(name, String.class);
        if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
          return Optional.of(m);
        }
      } catch (NoSuchMethodException e) {
        // try the next name
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (t instanceof java.lang.reflect.WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type typeArgument(Type t, int index) {
    if (t instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
