package org.db3311.sgc.core.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.db3311.sgc.core.catalog.Implements;

/**
 * The append-only chain of every sealed file's seal, in archiving order. Its head is what volume
 * catalogues and transfer lists print and what a deployment may anchor outside the system: a forger
 * who rewrites a file and all its hashes still has to rewrite every later ledger entry and every
 * printed head.
 */
@Implements("7.3.2")
public final class ArchiveLedger {

  /** The hash before the first entry. */
  public static final ContentHash GENESIS =
      ContentHash.sha256(new Canonical.Writer().tag("sgc-archive-ledger-v1").toBytes());

  private final List<LedgerEntry> entries = new ArrayList<>();
  private final Map<String, LedgerEntry> byFile = new HashMap<>();

  public synchronized LedgerEntry append(SealedFile file) {
    if (byFile.containsKey(file.fileId())) {
      throw new IllegalStateException(
          "ledger: file " + file.fileId() + " is already archived; a file is sealed once");
    }
    ContentHash previous = head();
    long position = entries.size() + 1L;
    LedgerEntry e =
        new LedgerEntry(
            position, file.fileId(), file.seal(), previous, entryHash(previous, position, file));
    entries.add(e);
    byFile.put(e.fileId(), e);
    return e;
  }

  public synchronized ContentHash head() {
    return entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
  }

  public synchronized List<LedgerEntry> entries() {
    return List.copyOf(entries);
  }

  public synchronized Optional<LedgerEntry> entryFor(String fileId) {
    return Optional.ofNullable(byFile.get(fileId));
  }

  /**
   * Rechecks the chain of entries and every file against its entry.
   *
   * @param files finds a stored file by id
   */
  public synchronized VerificationReport verify(Function<String, Optional<SealedFile>> files) {
    SealVerifier verifier = new SealVerifier();
    List<VerificationReport.Problem> problems = new ArrayList<>();
    ContentHash previous = GENESIS;
    for (LedgerEntry e : entries) {
      String where = "ledger entry " + e.position();
      if (!e.previous().equals(previous)) {
        problems.add(new VerificationReport.Problem(where, "does not follow the entry before"));
      }
      try {
        Optional<SealedFile> file = files.apply(e.fileId());
        if (file.isEmpty()) {
          problems.add(new VerificationReport.Problem(where, "file " + e.fileId() + " is missing"));
        } else {
          if (!entryHash(e.previous(), e.position(), file.get()).equals(e.hash())) {
            problems.add(new VerificationReport.Problem(where, "entry hash does not match"));
          }
          verifier.verify(file.get(), e.seal()).problems().stream()
              .map(
                  p ->
                      new VerificationReport.Problem(
                          "file " + e.fileId() + " " + p.location(), p.message()))
              .forEach(problems::add);
        }
      } catch (RuntimeException failure) {
        // one file that cannot be read or checked is reported; the rest of the chain is still
        // checked
        problems.add(
            new VerificationReport.Problem(
                where,
                "file "
                    + e.fileId()
                    + " could not be verified: "
                    + org.db3311.sgc.core.common.ItemFailure.of(e.fileId(), failure).reason()));
      }
      previous = e.hash();
    }
    return new VerificationReport("archive ledger", problems);
  }

  private static ContentHash entryHash(ContentHash previous, long position, SealedFile file) {
    return ContentHash.sha256(
        new Canonical.Writer()
            .tag("ledger")
            .raw(previous.bytes())
            .longValue(position)
            .string(file.fileId())
            .raw(file.seal().bytes())
            .toBytes());
  }
}
