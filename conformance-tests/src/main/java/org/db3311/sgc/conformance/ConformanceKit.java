package org.db3311.sgc.conformance;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.conformance.report.ReportVerifier;
import org.db3311.sgc.conformance.report.ReportWriter;
import org.db3311.sgc.conformance.report.Signing;
import org.db3311.sgc.core.catalog.ClauseCatalog;

/**
 * The conformance kit's command line.
 *
 * <pre>
 * run --target URL --token T [--suites a,b] [--report DIR] [--plan] [--read-only]
 *     [--county C] [--no-tenant] [--other-county C] [--inspector NAME] [--key PKCS8.pem]
 * verify REPORT_DIR [--public-key BASE64]
 * coverage
 * keygen FILE
 * </pre>
 *
 * Exit codes: 0 an overall pass (conformant, with or without observations), 1 non-conformant (or a
 * report that does not verify), 2 a usage error, 3 incomplete (a clause could not be verified or
 * the kit erred).
 */
public final class ConformanceKit {

  /** The kit's version, from its jar's manifest. */
  public static final String VERSION =
      Optional.ofNullable(ConformanceKit.class.getPackage().getImplementationVersion())
          .orElse("0.1.0-SNAPSHOT");

  private ConformanceKit() {}

  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
  }

  /** Runs the command line; the exit code. */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length == 0) {
        return usage(err, "no command");
      }
      return switch (args[0]) {
        case "verify" -> verify(Arrays.copyOfRange(args, 1, args.length), out, err);
        case "coverage" -> {
          out.print(
              CoverageMatrix.of(ClauseCatalog.standard(), KitRun.standardChecks()).toMarkdown());
          yield 0;
        }
        case "run" -> run(Arrays.copyOfRange(args, 1, args.length), out, err);
        case "keygen" -> {
          if (args.length != 2) {
            throw new IllegalArgumentException("keygen FILE");
          }
          KeyPair k = Signing.generate();
          Signing.writePrivate(k.getPrivate(), Path.of(args[1]));
          out.println("Ed25519 key written to " + args[1]);
          out.println("public key " + Signing.encode(k.getPublic()));
          out.println("public key SHA-256 " + Signing.fingerprint(k.getPublic()));
          yield 0;
        }
        default -> run(args, out, err);
      };
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    } catch (IOException | GeneralSecurityException e) {
      err.println("error: " + e.getMessage());
      return 3;
    }
  }

  private static final Set<String> FLAGS = Set.of("--plan", "--read-only", "--no-tenant");

  static Map<String, String> options(String[] args, List<String> positional) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (FLAGS.contains(a)) {
        o.put(a, "true");
      } else if (a.startsWith("--")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        o.put(a, args[++i]);
      } else {
        positional.add(a);
      }
    }
    return o;
  }

  private static int run(String[] args, PrintStream out, PrintStream err)
      throws IOException, GeneralSecurityException {
    List<String> positional = new ArrayList<>();
    Map<String, String> o = options(args, positional);
    String target = o.getOrDefault("--target", positional.isEmpty() ? null : positional.get(0));
    if (target == null) {
      throw new IllegalArgumentException("--target URL is required");
    }
    URI base;
    try {
      base = URI.create(target);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + target);
    }
    String token = o.get("--token");
    if (o.containsKey("--token-file")) {
      token = Files.readString(Path.of(o.get("--token-file"))).strip();
    }
    KitRun kit = new KitRun(ClauseCatalog.standard());
    Set<String> suites =
        o.containsKey("--suites") ? Set.of(o.get("--suites").split(",")) : Set.of();
    for (String s : suites) {
      if (!kit.suites().contains(s)) {
        throw new IllegalArgumentException("unknown suite '" + s + "'; suites: " + kit.suites());
      }
    }
    KitRun.Options options =
        new KitRun.Options(
            base,
            token,
            suites,
            o.containsKey("--read-only"),
            !o.containsKey("--no-tenant"),
            Optional.ofNullable(o.get("--county")),
            Optional.ofNullable(o.get("--other-county")),
            Optional.ofNullable(o.get("--inspector")));
    if (o.containsKey("--plan")) {
      out.println("Plan for " + base + " (nothing is sent):");
      kit.plan(options).forEach(out::println);
      return 0;
    }
    out.println("DB3311 conformance kit " + VERSION + " → " + base);
    ConformanceReport report = kit.run(options, out::println);
    out.println(report.summary());
    if (o.containsKey("--report")) {
      Path dir = Path.of(o.get("--report"));
      KeyPair key;
      if (o.containsKey("--key")) {
        key = Signing.readKeyPair(Path.of(o.get("--key")));
      } else {
        key = Signing.generate();
      }
      ReportWriter.write(
          report,
          CoverageMatrix.of(ClauseCatalog.standard(), kit.checks()),
          options.inspector().orElse(System.getProperty("user.name", "")),
          dir,
          key);
      out.println(
          "report written to "
              + dir
              + " (signed; public key SHA-256 "
              + Signing.fingerprint(key.getPublic())
              + ")");
    }
    return switch (report.overall()) {
      case CONFORMANT, CONFORMANT_WITH_OBSERVATIONS -> 0;
      case NON_CONFORMANT -> 1;
      case INCOMPLETE -> 3;
    };
  }

  private static int verify(String[] args, PrintStream out, PrintStream err) throws IOException {
    List<String> positional = new ArrayList<>();
    Map<String, String> o = options(args, positional);
    if (positional.size() != 1) {
      throw new IllegalArgumentException("verify REPORT_DIR [--public-key BASE64]");
    }
    ReportVerifier.Result r =
        ReportVerifier.verify(
            Path.of(positional.get(0)), Optional.ofNullable(o.get("--public-key")));
    r.notes().forEach(out::println);
    r.problems().forEach(p -> err.println("problem: " + p));
    out.println(r.ok() ? "VERIFIED: the report is intact and signed by that key" : "NOT VERIFIED");
    return r.ok() ? 0 : 1;
  }

  private static int usage(PrintStream err, String why) {
    err.println("error: " + why);
    err.println(
        new String(
            """
            usage: conformance run --target URL --token T [--suites a,b] [--report DIR] [--plan]
                                   [--read-only] [--county C] [--no-tenant] [--other-county C]
                                   [--inspector NAME] [--key ed25519-pkcs8.pem]
                   conformance verify REPORT_DIR [--public-key BASE64]
                   conformance coverage
                   conformance keygen FILE   (an Ed25519 key for --key)
            exit: 0 pass, 1 non-conformant, 2 usage, 3 incomplete
            """
                .getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8));
    return 2;
  }
}
