package org.db3311.sgc.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.archive.ArchiveFixtures.header;
import static org.db3311.sgc.core.archive.ArchiveFixtures.sealed;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArchiveStore} adapter must do: keep a sealed file as sealed, once, find it by
 * id and by closing year, and chain every file in its ledger.
 */
public abstract class ArchiveStoreContract {

  private static long seq = System.nanoTime() % 100_000;

  protected abstract ArchiveStore newStore();

  private static String id() {
    return "F-" + (++seq);
  }

  @Test
  void a_sealed_file_reads_back_unchanged_and_verifies() {
    ArchiveStore store = newStore();
    SealedFile f = sealed(header(id()));
    store.add(f);
    assertThat(store.find(f.fileId())).contains(f);
    assertThat(store.ledger().entryFor(f.fileId()).orElseThrow().seal()).isEqualTo(f.seal());
    assertThat(store.ledger().verify(store::find).intact()).isTrue();
  }

  @Test
  void a_file_is_sealed_once() {
    ArchiveStore store = newStore();
    SealedFile f = sealed(header(id()));
    store.add(f);
    assertThatThrownBy(() -> store.add(f)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void files_are_listed_by_closing_year_in_archiving_order() {
    ArchiveStore store = newStore();
    SealedFile a = sealed(header(id(), "劳动争议", "county.hrss", LocalDate.of(2025, 12, 31)));
    SealedFile b = sealed(header(id(), "劳动争议", "county.hrss", LocalDate.of(2026, 1, 1)));
    SealedFile c = sealed(header(id(), "信访", "county.petition", LocalDate.of(2025, 3, 1)));
    store.add(a);
    store.add(b);
    store.add(c);
    assertThat(store.closedIn(2025))
        .extracting(SealedFile::fileId)
        .containsSubsequence(a.fileId(), c.fileId())
        .doesNotContain(b.fileId());
    assertThat(store.closedIn(2026)).extracting(SealedFile::fileId).contains(b.fileId());
  }

  @Test
  void an_unknown_id_finds_nothing() {
    assertThat(newStore().find("F-none")).isEmpty();
  }
}
