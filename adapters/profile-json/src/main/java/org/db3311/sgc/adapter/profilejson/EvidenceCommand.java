package org.db3311.sgc.adapter.profilejson;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.db3311.sgc.core.assessment.profile.Attestation;
import org.db3311.sgc.core.assessment.profile.EvidenceReference;
import org.db3311.sgc.core.assessment.rule.CenterRules;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Hashes photo and scan files into attestation entries for a profile's {@code attestations} (ruling
 * R6: the evidence reference is {@code sha256:} of the file), one entry per file, printed as a JSON
 * array to paste into the profile. A file that cannot be read is reported and the others are still
 * hashed.
 *
 * <pre>
 * bin/evidence --clause 5.3.1 --by "丽水市社会治理中心督查组 王敏" --on 2026-11-20 \
 *     [--valid-until 2027-11-19] [--statement "外立面标牌照片"] photo1.jpg scan.pdf …
 * </pre>
 *
 * Exit code 0 when every file was hashed, 1 when some could not be read, 2 on a usage error.
 */
@Implements({"R6", "R11"})
public final class EvidenceCommand {

  private EvidenceCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns its exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Request r;
    try {
      r = Request.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("evidence: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    List<Attestation> entries = new ArrayList<>();
    int failed = 0;
    for (Path file : r.files()) {
      try {
        entries.add(
            new Attestation(
                r.clause(),
                r.by(),
                r.on(),
                EvidenceReference.of("sha256:" + sha256(file)),
                r.validUntil(),
                r.statement().orElse("证据文件 " + file.getFileName())));
      } catch (IOException e) {
        err.println(
            "evidence: cannot read "
                + file
                + (e instanceof java.nio.file.NoSuchFileException
                    ? ": no such file"
                    : ": " + e.getMessage()));
        failed++;
      }
    }
    write(entries, out);
    return failed == 0 ? 0 : 1;
  }

  static final String USAGE =
      "usage: bin/evidence --clause <clause> --by <who> --on <YYYY-MM-DD>"
          + " [--valid-until <YYYY-MM-DD>] [--statement <text>] <file>…";

  /** SHA-256 of a file's bytes, lower-case hex, read in a stream (photos may be large). */
  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static void write(List<Attestation> entries, PrintStream out) {
    Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (JsonGenerator g =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(w)) {
      g.writeStartArray();
      for (Attestation a : entries) {
        g.writeStartObject()
            .write("clause", a.clause().value())
            .write("attestedBy", a.attestedBy())
            .write("attestedOn", a.attestedOn().toString())
            .write("evidence", a.evidence().value());
        a.validUntil().ifPresent(u -> g.write("validUntil", u.toString()));
        g.write("statement", a.statement()).writeEnd();
      }
      g.writeEnd();
    }
    out.println();
    out.flush();
  }

  record Request(
      ClauseId clause,
      String by,
      LocalDate on,
      Optional<LocalDate> validUntil,
      Optional<String> statement,
      List<Path> files) {

    static Request parse(String[] args) {
      String clause = null;
      String by = null;
      LocalDate on = null;
      LocalDate until = null;
      String statement = null;
      List<Path> files = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.startsWith("--")) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(a + " needs a value");
          }
          String v = args[++i];
          switch (a) {
            case "--clause" -> clause = v;
            case "--by" -> by = v;
            case "--on" -> on = date(a, v);
            case "--valid-until" -> until = date(a, v);
            case "--statement" -> statement = v;
            default -> throw new IllegalArgumentException("unknown option " + a);
          }
        } else {
          files.add(Path.of(a));
        }
      }
      if (clause == null || by == null || by.isBlank() || on == null) {
        throw new IllegalArgumentException("--clause, --by and --on are required");
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException("name at least one photo or scan file");
      }
      SortedSet<ClauseId> attested = CenterRules.standard().attestedClauses();
      ClauseId id;
      try {
        id = ClauseId.of(clause);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + clause + "' is not a clause id");
      }
      if (!attested.contains(id)) {
        throw new IllegalArgumentException(
            "no rule reads attestations of "
                + clause
                + "; attestations are taken for "
                + String.join(", ", attested.stream().map(ClauseId::value).toList()));
      }
      if (until != null && until.isBefore(on)) {
        throw new IllegalArgumentException("--valid-until is before --on");
      }
      return new Request(
          id, by, on, Optional.ofNullable(until), Optional.ofNullable(statement), files);
    }

    private static LocalDate date(String option, String v) {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(option + " takes a date YYYY-MM-DD, not '" + v + "'");
      }
    }
  }
}
