package org.db3311.sgc.adapter.profilejson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.rule.CenterRules;
import org.db3311.sgc.core.catalog.ClauseCatalog;

/**
 * Reads and writes center profiles (中心建设情况) in the published JSON format described by {@value
 * #SCHEMA_RESOURCE}. Reading accepts the Chinese terms beside the English values and reports every
 * error with its path in one go; writing uses the English values, and what it writes reads back to
 * an equal profile.
 */
public final class JsonCenterProfileCodec {

  /** Classpath location of the JSON Schema (draft 2020-12) of the format. */
  public static final String SCHEMA_RESOURCE =
      "/org/db3311/sgc/adapter/profilejson/center-profile.schema.json";

  /** Classpath folder of the example profiles. */
  public static final String EXAMPLES = "/org/db3311/sgc/adapter/profilejson/examples/";

  private final ClauseCatalog catalog;
  private final ProfileReader.Attested attested;

  /** A codec for the standard's catalog and rules. */
  public JsonCenterProfileCodec() {
    this(ClauseCatalog.standard(), CenterRules.standard());
  }

  /** A codec checking attested clause ids against the given catalog and the standard's rules. */
  public JsonCenterProfileCodec(ClauseCatalog catalog) {
    this(catalog, CenterRules.standard());
  }

  /**
   * A codec taking attestations for the clauses the given rules read them for (e.g. the standard
   * rules plus a deployment's own), and refusing others, which no rule would read.
   */
  public JsonCenterProfileCodec(CenterRules rules) {
    this(ClauseCatalog.standard(), rules);
  }

  public JsonCenterProfileCodec(ClauseCatalog catalog, CenterRules rules) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.attested =
        new ProfileReader.Attested(Objects.requireNonNull(rules, "rules").attestedClauses());
  }

  public ProfileParseResult parse(String json) {
    return parse(new StringReader(Objects.requireNonNull(json, "json")));
  }

  public ProfileParseResult parse(Reader json) {
    return new ProfileReader(catalog, attested).read(Objects.requireNonNull(json, "json"));
  }

  public ProfileParseResult parse(InputStream utf8Json) {
    return parse(new InputStreamReader(utf8Json, StandardCharsets.UTF_8));
  }

  /**
   * @throws ProfileParseException listing every error, when the document is not a valid profile
   */
  public CenterProfile parseOrThrow(String json) {
    return parse(json).orElseThrow();
  }

  public String print(CenterProfile profile) {
    StringWriter out = new StringWriter();
    ProfileWriter.write(Objects.requireNonNull(profile, "profile"), out);
    return out.toString();
  }

  /**
   * Writes the profile with the standard's Chinese terms in place of the English constants, for
   * people who read or edit the file; it reads back to an equal profile.
   */
  public String printChinese(CenterProfile profile) {
    StringWriter out = new StringWriter();
    ProfileWriter.writeChinese(Objects.requireNonNull(profile, "profile"), out);
    return out.toString();
  }

  /** One of the example profiles shipped with the format, e.g. {@code tier1-conformant.json}. */
  public static String example(String name) {
    try (InputStream in = JsonCenterProfileCodec.class.getResourceAsStream(EXAMPLES + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no example profile " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The day and evidence mode a document's optional {@code assessment} property names: each example
   * carries one, so that it shows what its name says however long after it was written it is read.
   */
  public static Optional<ExampleAssessment> assessmentOf(String json) {
    try (jakarta.json.JsonReader r =
        jakarta.json.Json.createReader(new java.io.StringReader(json))) {
      jakarta.json.JsonObject o = r.readObject().getJsonObject("assessment");
      if (o == null) {
        return Optional.empty();
      }
      return Optional.of(
          new ExampleAssessment(
              java.time.LocalDate.parse(o.getString("assessedOn")),
              org.db3311.sgc.core.assessment.finding.EvidenceMode.valueOf(
                  o.getString("evidenceMode"))));
    }
  }

  /** The day and mode a document is meant to be assessed with. */
  public record ExampleAssessment(
      java.time.LocalDate assessedOn, org.db3311.sgc.core.assessment.finding.EvidenceMode mode) {
    public ExampleAssessment {
      Objects.requireNonNull(assessedOn, "assessedOn");
      Objects.requireNonNull(mode, "mode");
    }
  }

  /** The JSON Schema of the format, as text. */
  public static String schema() {
    try (InputStream in = JsonCenterProfileCodec.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      return new String(
          Objects.requireNonNull(in, SCHEMA_RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
