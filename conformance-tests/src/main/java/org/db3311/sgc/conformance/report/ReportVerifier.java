package org.db3311.sgc.conformance.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a report directory offline: the manifest's signature under the public key it names (or the
 * one the verifier pins), every listed file's SHA-256, and no file added or missing.
 */
public final class ReportVerifier {

  /** The verification's answer: problems (empty when the report is intact) and what was seen. */
  public record Result(List<String> problems, List<String> notes) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private ReportVerifier() {}

  public static Result verify(Path dir, Optional<String> pinnedKey) throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Path manifestFile = dir.resolve(ReportWriter.MANIFEST);
    Path sigFile = dir.resolve(ReportWriter.SIGNATURE);
    if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(sigFile)) {
      problems.add("no " + ReportWriter.MANIFEST + " or " + ReportWriter.SIGNATURE + " in " + dir);
      return new Result(problems, notes);
    }
    byte[] manifestBytes = Files.readAllBytes(manifestFile);
    JsonObject manifest;
    try (JsonReader r =
        Json.createReader(new StringReader(new String(manifestBytes, StandardCharsets.UTF_8)))) {
      manifest = r.readObject();
    } catch (RuntimeException e) {
      problems.add("the manifest is not JSON: " + e.getMessage());
      return new Result(problems, notes);
    }
    PublicKey key;
    try {
      key = Signing.readPublic(pinnedKey.orElse(manifest.getString("publicKey", "")));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      problems.add("no usable Ed25519 public key: " + e.getMessage());
      return new Result(problems, notes);
    }
    if (pinnedKey.isPresent() && !Signing.encode(key).equals(manifest.getString("publicKey", ""))) {
      problems.add("the report names another public key than the one pinned");
    }
    notes.add("public key SHA-256 " + Signing.fingerprint(key));
    if (!Signing.verify(key, manifestBytes, Files.readString(sigFile))) {
      problems.add("the manifest's signature does not verify");
    }
    Set<String> listed = new HashSet<>();
    for (JsonObject f : manifest.getJsonArray("files").getValuesAs(JsonObject.class)) {
      String path = f.getString("path");
      listed.add(path);
      Path file = dir.resolve(path).normalize();
      if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
        problems.add("missing: " + path);
      } else if (!Signing.sha256(Files.readAllBytes(file)).equals(f.getString("sha256"))) {
        problems.add("changed: " + path);
      }
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals(ReportWriter.MANIFEST) && !p.equals(ReportWriter.SIGNATURE))
          .filter(p -> !listed.contains(p))
          .forEach(p -> problems.add("not in the manifest: " + p));
    }
    notes.add(
        listed.size()
            + " files; kit "
            + manifest.getString("kitVersion", "?")
            + "; target "
            + manifest.getString("target", "?")
            + "; overall "
            + manifest.getString("overall", "?"));
    return new Result(problems, notes);
  }
}
