package org.db3311.sgc.core.archive;

import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Recomputes a sealed file's chain from its content and compares it with the stored hashes. Any
 * changed byte of header, record, order or seal data shows up as a problem; a file whose stored
 * hashes were all recomputed by a forger still differs from the seal held in the {@link
 * ArchiveLedger}, which is why {@link #verify(SealedFile, ContentHash)} takes the expected seal.
 */
@Implements("7.3.2")
public final class SealVerifier {

  public VerificationReport verify(SealedFile file) {
    List<VerificationReport.Problem> problems = new ArrayList<>();
    ContentHash headerHash = SealScheme.headerHash(file.header());
    if (!headerHash.equals(file.headerHash())) {
      problems.add(new VerificationReport.Problem("header", "header hash does not match"));
    }
    // Each link is checked against the stored link before it, so a change is reported where it
    // happened instead of at every later record.
    ContentHash previous = file.headerHash();
    int position = 0;
    for (SealedRecord r : file.records()) {
      position++;
      if (!SealScheme.contentHash(r.record()).equals(r.contentHash())) {
        problems.add(
            new VerificationReport.Problem(
                "record " + position, "content does not match its hash: " + r.record()));
      }
      if (!SealScheme.link(previous, position, r.contentHash()).equals(r.link())) {
        problems.add(new VerificationReport.Problem("record " + position, "chain link broken"));
      }
      previous = r.link();
    }
    if (!SealScheme.seal(previous, position, file.sealedAt(), file.sealedBy())
        .equals(file.seal())) {
      problems.add(new VerificationReport.Problem("seal", "seal does not match the chain"));
    }
    return new VerificationReport(file.fileId(), problems);
  }

  /** Verifies the file and that its seal is the one recorded elsewhere (ledger, volume). */
  public VerificationReport verify(SealedFile file, ContentHash expectedSeal) {
    VerificationReport own = verify(file);
    if (file.seal().equals(expectedSeal)) {
      return own;
    }
    List<VerificationReport.Problem> problems = new ArrayList<>(own.problems());
    problems.add(
        new VerificationReport.Problem(
            "seal", "seal " + file.seal() + " differs from the recorded seal " + expectedSeal));
    return new VerificationReport(file.fileId(), problems);
  }

  /** Verifies exported bytes: unreadable bytes are reported as a problem, never thrown. */
  public VerificationReport verifyExport(byte[] exported) {
    SealedFile file;
    try {
      file = SealedFileCodec.decode(exported);
    } catch (MalformedArchiveException e) {
      return new VerificationReport(
          "export", List.of(new VerificationReport.Problem("export", e.getMessage())));
    }
    return verify(file);
  }
}
