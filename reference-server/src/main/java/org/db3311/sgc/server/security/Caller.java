package org.db3311.sgc.server.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.server.problem.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the verified bearer token, as the core's {@link Actor} and a division scope. */
@RequestScoped
public class Caller {

  @Inject JsonWebToken token;
  @Inject TenantInspectors inspectors;

  /** The custom claims of this request's token, read once (see {@link #claims()}). */
  private Map<String, String> claims;

  public Actor actor() {
    String id = token.getSubject();
    String name = claims().get("name");
    return new Actor(id, name == null || name.isBlank() ? id : name);
  }

  /** The token's roles; an inspector of the inspection tenant holds every staff role too. */
  public Set<String> roles() {
    Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
    if (inspectors.widens(text(token.getClaim("division")), groups)) {
      Set<String> all = new java.util.TreeSet<>(groups);
      all.addAll(TenantInspectors.STAFF);
      return all;
    }
    return groups;
  }

  public boolean has(String role) {
    return roles().contains(role);
  }

  /** The caller's area; a token without a valid division claim is refused. */
  public DivisionScope scope() {
    String division = claims().get("division");
    try {
      return new DivisionScope(division == null ? "" : division);
    } catch (IllegalArgumentException e) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:no-division"),
              "Token without a division",
              403,
              "The bearer token carries no valid 'division' claim; staff act only within one.",
              java.util.List.of()));
    }
  }

  /**
   * The custom claims {@code name} and {@code division}, once per request. Asked by name, the token
   * library first tries the name as a standard claim and throws (and fills in the stack of) an
   * exception for every custom one, on every call; here they are read from the verified token's
   * payload instead. A token that is not a signed compact JWT (an encrypted one) is asked by name.
   */
  private Map<String, String> claims() {
    if (claims == null) {
      String raw = token.getRawToken();
      Map<String, String> known = raw == null ? null : KNOWN.getIfPresent(raw);
      if (known != null) {
        claims = known;
        return claims;
      }
      Map<String, String> m = new HashMap<>();
      JsonObject payload = payload(raw);
      for (String name : CUSTOM) {
        String v;
        if (payload != null) {
          JsonValue value = payload.get(name);
          v =
              value == null || value.getValueType() == JsonValue.ValueType.NULL
                  ? null
                  : value instanceof JsonString js ? js.getString() : value.toString();
        } else {
          v = text(token.getClaim(name));
        }
        if (v != null) {
          m.put(name, v);
        }
      }
      claims = Map.copyOf(m);
      if (payload != null) {
        KNOWN.put(raw, claims);
      }
    }
    return claims;
  }

  /**
   * The custom claims of the tokens seen lately, by the token's exact text, of which they are a
   * function (whether the token is valid is Helidon's to say, before this is asked): decoding and
   * parsing the payload again for every request of the same token was a regular cost of a read.
   */
  private static final Cache<String, Map<String, String>> KNOWN =
      Caffeine.newBuilder().maximumSize(1_024).build();

  private static final List<String> CUSTOM = List.of("name", "division");

  /** Looked up once: {@code Json.createReader} searches the class path on every call. */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  /** The payload of a signed compact JWT ({@code header.payload.signature}); null otherwise. */
  private static JsonObject payload(String raw) {
    if (raw == null) {
      return null;
    }
    int first = raw.indexOf('.');
    int second = first < 0 ? -1 : raw.indexOf('.', first + 1);
    if (second < 0 || raw.indexOf('.', second + 1) >= 0) {
      return null;
    }
    try {
      byte[] json = Base64.getUrlDecoder().decode(raw.substring(first + 1, second));
      try (JsonReader r = READERS.createReader(new StringReader(new String(json, UTF_8)))) {
        return r.readObject();
      }
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A custom claim's text: the token library may hand it over as a JSON string value. */
  static String text(Object claim) {
    if (claim instanceof jakarta.json.JsonString js) {
      return js.getString();
    }
    return claim == null ? null : claim.toString();
  }

  /** Refuses, with 403, anything about a place outside the caller's area. */
  public void requireCovers(Place place, String what) {
    if (!scope().covers(place)) {
      throw outside(what);
    }
  }

  public static Problem.Exception outside(String what) {
    return new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:outside-division"),
            "Outside your division",
            403,
            what + " lies outside the division you work for.",
            java.util.List.of()));
  }
}
