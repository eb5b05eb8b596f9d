package org.db3311.sgc.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.archive.ArchiveFixtures.header;
import static org.db3311.sgc.core.archive.ArchiveFixtures.sealed;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryArchiveStoreTest extends ArchiveStoreContract {
  @Override
  protected ArchiveStore newStore() {
    return new InMemoryArchiveStore();
  }

  @Test
  @Implements("7.3.2")
  @DisplayName(
      "a new store rebuilt from the sealed files in archiving order has the same ledger, and it verifies")
  void survives_a_restart() {
    InMemoryArchiveStore first = new InMemoryArchiveStore();
    List<SealedFile> files =
        List.of(sealed(header("R-1")), sealed(header("R-2")), sealed(header("R-3")));
    files.forEach(first::add);

    InMemoryArchiveStore restarted = new InMemoryArchiveStore();
    first.ledger().entries().forEach(e -> restarted.add(first.find(e.fileId()).orElseThrow()));

    assertThat(restarted.ledger().entries()).isEqualTo(first.ledger().entries());
    assertThat(restarted.ledger().head()).isEqualTo(first.ledger().head());
    assertThat(restarted.ledger().verify(restarted::find).intact()).isTrue();
  }

  @Test
  @Implements("7.3.2")
  @DisplayName(
      "verifying the ledger reports a file that cannot be read and still checks every later file")
  void one_unreadable_file_does_not_stop_verification() {
    InMemoryArchiveStore store = new InMemoryArchiveStore();
    List.of(sealed(header("V-1")), sealed(header("V-2")), sealed(header("V-3")))
        .forEach(store::add);

    VerificationReport report =
        store
            .ledger()
            .verify(
                id ->
                    switch (id) {
                      case "V-1" -> throw new IllegalStateException("storage read failed");
                      case "V-3" -> Optional.empty();
                      default -> store.find(id);
                    });

    assertThat(report.intact()).isFalse();
    assertThat(report.problems())
        .extracting(VerificationReport.Problem::location)
        .containsExactly("ledger entry 1", "ledger entry 3");
    assertThat(report.problems().get(0).message()).contains("V-1", "storage read failed");
    assertThat(report.problems().get(1).message()).contains("V-3 is missing");
  }
}
