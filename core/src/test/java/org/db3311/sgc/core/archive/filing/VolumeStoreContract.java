package org.db3311.sgc.core.archive.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.archive.ArchiveFixtures;
import org.db3311.sgc.core.archive.ArchiveLedger;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link VolumeStore} adapter must do: keep each filing whole, file a file once, list a
 * year's filings in order and record a receipt without changing the volumes.
 */
public abstract class VolumeStoreContract {

  private static final Actor ARCHIVIST = Actor.of("s-101", "档案员");
  private static long seq = System.nanoTime() % 100_000;

  protected abstract VolumeStore newStore();

  static FilingResult.Filed filing(int year, String... fileIds) {
    VolumeKey key = new VolumeKey(year, "劳动争议", UnitId.of("county.hrss"));
    List<VolumeItem> items = new java.util.ArrayList<>();
    for (String id : fileIds) {
      SealedFile f =
          ArchiveFixtures.sealed(
              ArchiveFixtures.header(id, "劳动争议", "county.hrss", LocalDate.of(year, 6, 1)));
      items.add(
          new VolumeItem(
              items.size() + 1,
              id,
              f.header().title(),
              f.header().closedOn(),
              f.records().size(),
              f.seal()));
    }
    Volume v =
        Volume.of(year + "-劳动争议-county.hrss-" + (++seq), key, "卷", Retention.YEARS_30, items);
    LocalDate on = LocalDate.of(year + 1, 1, 8);
    return new FilingResult.Filed(
        List.of(v),
        VolumeCatalogue.of(year, on, ARCHIVIST, List.of(v)),
        TransferList.of(year, on, ARCHIVIST, List.of(v), ArchiveLedger.GENESIS));
  }

  private static String id() {
    return "VF-" + (++seq);
  }

  @Test
  void a_filing_reads_back_whole() {
    VolumeStore store = newStore();
    String a = id();
    FilingResult.Filed f = filing(2025, a, id());
    store.add(f);
    assertThat(store.filingsOf(2025)).contains(f);
    assertThat(store.volumesOf(2025)).containsAll(f.volumes());
    assertThat(store.isFiled(a)).isTrue();
    assertThat(store.filingsOf(2024)).doesNotContain(f);
  }

  @Test
  void a_file_goes_into_one_volume_only() {
    VolumeStore store = newStore();
    String a = id();
    store.add(filing(2025, a));
    assertThatThrownBy(() -> store.add(filing(2025, a))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_receipt_replaces_the_filing_and_keeps_its_volumes() {
    VolumeStore store = newStore();
    FilingResult.Filed f = filing(2025, id());
    store.add(f);
    FilingResult.Filed received =
        new FilingResult.Filed(
            f.volumes(),
            f.catalogue(),
            f.transferList()
                .receive(Actor.of("a-1", "档案馆"), Instant.parse("2026-01-09T01:00:00Z")));
    store.replace(received);
    assertThat(store.filingsOf(2025)).contains(received).doesNotContain(f);
    FilingResult.Filed other = filing(2025, id());
    assertThatThrownBy(() -> store.replace(other)).isInstanceOf(IllegalArgumentException.class);
  }
}
