package org.db3311.sgc.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.archive.ArchiveFixtures.ARCHIVIST;
import static org.db3311.sgc.core.archive.ArchiveFixtures.T0;
import static org.db3311.sgc.core.archive.ArchiveFixtures.completeRecords;
import static org.db3311.sgc.core.archive.ArchiveFixtures.header;

import java.time.Clock;
import java.time.ZoneId;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("7.3.2")
@DisplayName("7.3.2 电子档案: a sealed file and the ledger are read back as archived")
class ArchivingServiceReadTest {

  final InMemoryArchiveStore store = new InMemoryArchiveStore();
  final ArchivingService service =
      new ArchivingService(
          new ElectronicFileAssembler(CompletenessPolicy.standard(), ZoneId.of("Asia/Shanghai")),
          store,
          new InMemoryDomainEventPublisher(),
          new InMemoryAuditTrail(),
          Clock.fixed(T0, ZoneId.of("Asia/Shanghai")));

  @Test
  @DisplayName("a sealed file is read by its id; the ledger lists every file in archiving order")
  void read_back() {
    ArchivingResult.Archived first =
        (ArchivingResult.Archived) service.archive(header("F-2"), completeRecords(), ARCHIVIST);
    service.archive(header("F-1"), completeRecords(), ARCHIVIST);

    assertThat(service.sealedFile("F-2")).isEqualTo(first.file());
    assertThat(service.ledger())
        .extracting(LedgerEntry::position, LedgerEntry::fileId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "F-2"),
            org.assertj.core.groups.Tuple.tuple(2L, "F-1"));
  }

  @Test
  @DisplayName("an id nothing was archived under is not found")
  void unknown_file() {
    assertThatThrownBy(() -> service.sealedFile("F-9"))
        .isInstanceOf(SealedFileNotFoundException.class)
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("F-9");
    assertThat(service.ledger()).isEmpty();
  }
}
