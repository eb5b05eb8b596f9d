package org.db3311.sgc.server.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URI;
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

  public Actor actor() {
    String id = token.getSubject();
    String name = text(token.getClaim("name"));
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
    String division = text(token.getClaim("division"));
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
