package org.db3311.sgc.server.http;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.db3311.sgc.server.problem.Problem;

/**
 * Strong entity tags computed from the state a resource shows, and the {@code If-Match} rule: every
 * change to an existing resource names the state it was made against, so two clerks working on the
 * same matter cannot overwrite each other unseen.
 */
public final class ETags {
  private ETags() {}

  /** The tag of a state: a digest of its full value (records print every component). */
  public static EntityTag of(Object state) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(String.valueOf(state).getBytes(StandardCharsets.UTF_8));
      return new EntityTag(
          Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 22));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Refuses a change without {@code If-Match} (428) or made against another state (412).
   *
   * @param ifMatch the header as received, or null
   */
  public static void require(String ifMatch, Object current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:precondition-required"),
              "If-Match required",
              428,
              "Send the ETag of the state you are changing in If-Match (GET it first).",
              List.of()));
    }
    String expected = of(current).getValue();
    for (String candidate : ifMatch.split(",")) {
      String t = candidate.strip();
      if (t.equals("*") || t.equals("\"" + expected + "\"")) {
        return;
      }
    }
    throw new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:precondition-failed"),
            "Changed since you read it",
            412,
            "The resource changed after the version you sent in If-Match; read it again.",
            List.of()));
  }
}
