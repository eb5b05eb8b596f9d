package org.db3311.sgc.server.http;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.security.Caller;
import org.db3311.sgc.server.security.DivisionScope;
import org.db3311.sgc.server.wiring.Centers;

/**
 * What the casework endpoints (mediation, onward roads, events, duty roster, follow-up, reception)
 * share when reading a request: the body parsed as JSON of the expected shape, every field error
 * collected and answered at once (400, {@code errors}), enum values checked by name, dates and
 * times parsed with the field named, and the county a request concerns found and checked against
 * the caller's division. The same conventions as the intake endpoints.
 */
public final class Requests {
  private Requests() {}

  private static final Jsonb JSON = JsonbBuilder.create();

  /** Collects field errors while converting a request into a core command. */
  public static final class Errors {
    private final List<Problem.FieldError> list = new ArrayList<>();

    public void add(String path, String reason) {
      list.add(new Problem.FieldError(path, reason));
    }

    public boolean any() {
      return !list.isEmpty();
    }

    /** The errors found so far. */
    public List<Problem.FieldError> list() {
      return List.copyOf(list);
    }

    /** Runs a conversion, recording the core's refusal ({@link IllegalArgumentException}). */
    public <T> T attempt(String path, Supplier<T> convert) {
      try {
        return convert.get();
      } catch (IllegalArgumentException | NullPointerException e) {
        add(path, e.getMessage() == null ? "required" : e.getMessage());
        return null;
      }
    }

    /** Answers 400 with every error found, when there is any. */
    public void throwIfAny(String what) {
      if (!list.isEmpty()) {
        throw new Problem.Exception(
            new Problem(
                URI.create("urn:db3311:problem:invalid-request"),
                "Invalid request",
                400,
                what + " has " + list.size() + " error(s); every one is listed in 'errors'.",
                List.copyOf(list)));
      }
    }

    public <E extends Enum<E>> E enumValue(String path, String value, Class<E> type) {
      if (value == null) {
        add(path, "required; one of " + Arrays.toString(type.getEnumConstants()));
        return null;
      }
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        add(path, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        return null;
      }
    }

    public String text(String path, String value) {
      if (value == null || value.isBlank()) {
        add(path, "required");
        return null;
      }
      return value;
    }

    public <T> T required(String path, T value) {
      if (value == null) {
        add(path, "required");
      }
      return value;
    }

    public LocalDate date(String path, String value) {
      if (value == null) {
        add(path, "required: a date such as 2026-12-31");
        return null;
      }
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        add(path, "'" + value + "' is not a date such as 2026-12-31");
        return null;
      }
    }

    public LocalDateTime dateTime(String path, String value) {
      if (value == null) {
        add(path, "required: a local date and time such as 2026-12-31T08:30");
        return null;
      }
      try {
        return LocalDateTime.parse(value.strip());
      } catch (DateTimeParseException e) {
        add(path, "'" + value + "' is not a local date and time such as 2026-12-31T08:30");
        return null;
      }
    }

    public LocalTime time(String path, String value) {
      if (value == null) {
        add(path, "required: a time of day such as 08:30");
        return null;
      }
      try {
        return LocalTime.parse(value.strip());
      } catch (DateTimeParseException e) {
        add(path, "'" + value + "' is not a time of day such as 08:30");
        return null;
      }
    }

    /** An instant, with an offset ({@code 2026-12-03T09:30:00+08:00}) or in UTC ({@code …Z}). */
    public Instant instant(String path, String value) {
      if (value == null) {
        add(path, "required: an instant such as 2026-12-03T09:30:00+08:00");
        return null;
      }
      try {
        return OffsetDateTime.parse(value.strip()).toInstant();
      } catch (DateTimeParseException e) {
        add(path, "'" + value + "' is not an instant such as 2026-12-03T09:30:00+08:00");
        return null;
      }
    }

    public YearMonth month(String path, String value) {
      if (value == null) {
        add(path, "required: a month such as 2027-01");
        return null;
      }
      try {
        return YearMonth.parse(value.strip());
      } catch (DateTimeParseException e) {
        add(path, "'" + value + "' is not a month such as 2027-01");
        return null;
      }
    }

    public RegistrationNumber matter(String path, String value) {
      if (value == null) {
        add(path, "required: a registration number such as 331102-20261203-0001");
        return null;
      }
      return attempt(path, () -> RegistrationNumber.parse(value.strip()));
    }
  }

  /**
   * The body as {@code type}; an empty body is {@code null}. A body that is not JSON, or not of the
   * expected shape (a string where a number belongs), is answered with 400.
   */
  public static <T> T parse(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      return null;
    }
    JsonValue tree;
    try {
      tree = Json.createReader(new StringReader(body)).readValue();
    } catch (RuntimeException e) {
      throw malformed(e);
    }
    Errors errors = new Errors();
    shape(errors, "", tree, type);
    errors.throwIfAny("The body");
    try {
      return JSON.fromJson(body, type);
    } catch (RuntimeException e) {
      throw malformed(e);
    }
  }

  private static Problem.Exception malformed(RuntimeException e) {
    return new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:malformed-body"),
            "Malformed request body",
            400,
            "The body is not JSON of the expected shape: " + rootMessage(e),
            List.of()));
  }

  /** {@link #parse}, refusing an empty body. */
  public static <T> T body(String body, Class<T> type, String what) {
    T t = parse(body, type);
    if (t == null) {
      Errors errors = new Errors();
      errors.add("", "a body is required");
      errors.throwIfAny(what);
    }
    return t;
  }

  /**
   * Checks that every value has the JSON type its field needs, naming the field when not: the
   * binding alone would read {@code "maybe"} as {@code false} and {@code 1} as {@code "1"}. Null
   * stands for absent; unknown members are ignored.
   */
  private static void shape(Errors errors, String path, JsonValue v, Type type) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    String at = path.isEmpty() ? "(body)" : path;
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        if (!(v instanceof JsonArray a)) {
          errors.add(at, "a JSON array");
          return;
        }
        for (int i = 0; i < a.size(); i++) {
          shape(errors, path + "[" + i + "]", a.get(i), args[0]);
        }
      } else if (Map.class.isAssignableFrom(raw)) {
        if (!(v instanceof JsonObject o)) {
          errors.add(at, "a JSON object");
          return;
        }
        o.forEach((k, x) -> shape(errors, path + "." + k, x, args[1]));
      }
      return;
    }
    if (!(type instanceof Class<?> c)) {
      return;
    }
    if (c == String.class) {
      if (v.getValueType() != JsonValue.ValueType.STRING) {
        errors.add(at, "a JSON string");
      }
    } else if (c == Boolean.class || c == boolean.class) {
      if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
        errors.add(at, "true or false");
      }
    } else if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
        errors.add(at, "a whole number");
      }
    } else if (c.isRecord()) {
      if (!(v instanceof JsonObject o)) {
        errors.add(at, "a JSON object");
        return;
      }
      for (RecordComponent rc : c.getRecordComponents()) {
        shape(
            errors,
            path.isEmpty() ? rc.getName() : path + "." + rc.getName(),
            o.get(rc.getName()),
            rc.getGenericType());
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  /** A path parameter naming a registration number; 400 when it does not. */
  public static RegistrationNumber number(String text) {
    try {
      return RegistrationNumber.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid("number", e.getMessage());
    }
  }

  /** The county that registered {@code n}; 404 when this deployment does not serve it. */
  public static Centers.County county(Centers centers, RegistrationNumber n) {
    return centers.of(n).orElseThrow(() -> notServed(n.county().value()));
  }

  /**
   * The county a county-wide request concerns ({@code county}, or the caller's own when absent),
   * when the caller's division covers the whole county: rotas and rosters are the county's, not a
   * township's.
   */
  public static Centers.County countyWide(
      Centers centers, Caller caller, String county, String what) {
    DivisionScope scope = caller.scope();
    DivisionCode code;
    if (county == null || county.isBlank()) {
      code =
          scope
              .county()
              .orElseThrow(
                  () -> invalid("county", "required: your division covers several counties"));
    } else {
      try {
        code = DivisionCode.of(county.strip());
      } catch (IllegalArgumentException e) {
        throw invalid("county", e.getMessage());
      }
    }
    if (!scope.coversCounty(code)) {
      throw Caller.outside(what + " of county " + code.value());
    }
    return centers.of(code).orElseThrow(() -> notServed(code.value()));
  }

  public static Problem.Exception notServed(String county) {
    return new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:county-not-served"),
            "County not served here",
            404,
            "This deployment does not serve county " + county + ".",
            List.of()));
  }

  public static Problem.Exception invalid(String field, String reason) {
    return new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:invalid-request"),
            "Invalid request",
            400,
            "'" + field + "': " + reason + ".",
            List.of(new Problem.FieldError(field, reason))));
  }

  /** 404 for something that does not exist. */
  public static Problem.Exception notFound(String what) {
    return new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:not-found"),
            "Not found",
            404,
            what + " does not exist.",
            List.of()));
  }
}
