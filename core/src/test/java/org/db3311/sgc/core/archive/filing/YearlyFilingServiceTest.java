package org.db3311.sgc.core.archive.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.archive.ArchiveFixtures.ARCHIVIST;
import static org.db3311.sgc.core.archive.ArchiveFixtures.completeRecords;
import static org.db3311.sgc.core.archive.ArchiveFixtures.header;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.db3311.sgc.core.archive.ArchiveEvent;
import org.db3311.sgc.core.archive.ArchivingService;
import org.db3311.sgc.core.archive.CompletenessPolicy;
import org.db3311.sgc.core.archive.ContentHash;
import org.db3311.sgc.core.archive.ElectronicFileAssembler;
import org.db3311.sgc.core.archive.InMemoryArchiveStore;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.RecordedChanges;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements({"7.3.2", "7.3.3"})
@DisplayName("7.3.3 每年定期将上一年度文件整理立卷，编制案卷编目、移交清单")
class YearlyFilingServiceTest {

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  final InMemoryArchiveStore archive = new InMemoryArchiveStore();
  final InMemoryVolumeStore volumes = new InMemoryVolumeStore();

  void archiveFile(String id, String category, String unit, LocalDate closedOn) {
    new ArchivingService(
            new ElectronicFileAssembler(CompletenessPolicy.standard(), ZONE),
            archive,
            events,
            audit,
            Clock.fixed(closedOn.atStartOfDay(ZONE).toInstant().plusSeconds(36_000), ZONE))
        .archive(header(id, category, unit, closedOn), completeRecords(), ARCHIVIST);
  }

  YearlyFilingService filingOn(LocalDate day, int maxPerVolume) {
    return new YearlyFilingService(
        archive,
        volumes,
        new FilingPolicy(maxPerVolume, Retention.YEARS_30, java.util.Map.of())
            .withRetention("信访", Retention.PERMANENT),
        events,
        audit,
        Clock.fixed(day.atStartOfDay(ZONE).toInstant().plusSeconds(32_400), ZONE));
  }

  @Test
  @DisplayName("a year is filed only once it is over")
  void too_early() {
    archiveFile("F-1", "劳动争议", "county.hrss", LocalDate.of(2025, 3, 20));

    assertThat(filingOn(LocalDate.of(2025, 12, 31), 100).fileYear(2025, ARCHIVIST))
        .isEqualTo(new FilingResult.TooEarly(2025, LocalDate.of(2026, 1, 1)));
  }

  @Test
  @DisplayName("files go into volumes by year, category and handling unit (谁承办谁负责)")
  void grouped_by_year_category_and_unit() {
    archiveFile("F-1", "劳动争议", "county.hrss", LocalDate.of(2025, 3, 20));
    archiveFile("F-2", "劳动争议", "county.hrss", LocalDate.of(2025, 3, 5));
    archiveFile("F-3", "劳动争议", "town.liandu.01", LocalDate.of(2025, 7, 1));
    archiveFile("F-4", "信访", "county.petition", LocalDate.of(2025, 11, 2));
    archiveFile("F-5", "信访", "county.petition", LocalDate.of(2024, 11, 2));

    FilingResult.Filed filed =
        (FilingResult.Filed) filingOn(LocalDate.of(2026, 1, 8), 100).fileYear(2025, ARCHIVIST);

    assertThat(filed.volumes())
        .extracting(Volume::number)
        .containsExactly(
            "2025-信访-county.petition-001",
            "2025-劳动争议-county.hrss-001",
            "2025-劳动争议-town.liandu.01-001");
    Volume hrss = filed.volumes().get(1);
    assertThat(hrss.responsibleUnit()).isEqualTo(UnitId.of("county.hrss"));
    assertThat(hrss.items()).extracting(VolumeItem::fileId).containsExactly("F-2", "F-1");
    assertThat(hrss.items().get(1).seal()).isEqualTo(archive.find("F-1").orElseThrow().seal());
    assertThat(filed.volumes().get(0).retention()).isEqualTo(Retention.PERMANENT);
    assertThat(hrss.retention()).isEqualTo(Retention.YEARS_30);
    assertThat(volumes.isFiled("F-5")).isFalse();
  }

  @Test
  @DisplayName(
      "the catalogue lists every volume; the transfer list carries counts, hashes and the ledger head")
  void catalogue_and_transfer_list() {
    archiveFile("F-1", "劳动争议", "county.hrss", LocalDate.of(2025, 3, 20));
    archiveFile("F-2", "邻里", "town.liandu.01", LocalDate.of(2025, 4, 2));

    FilingResult.Filed filed =
        (FilingResult.Filed) filingOn(LocalDate.of(2026, 1, 8), 100).fileYear(2025, ARCHIVIST);

    VolumeCatalogue catalogue = filed.catalogue();
    assertThat(catalogue.year()).isEqualTo(2025);
    assertThat(catalogue.compiledBy()).isEqualTo(ARCHIVIST);
    assertThat(catalogue.entries())
        .extracting(VolumeCatalogue.Entry::volumeNumber, VolumeCatalogue.Entry::fileCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2025-劳动争议-county.hrss-001", 1),
            org.assertj.core.groups.Tuple.tuple("2025-邻里-town.liandu.01-001", 1));
    TransferList list = filed.transferList();
    assertThat(list.totalFiles()).isEqualTo(2);
    assertThat(list.totalRecords()).isEqualTo(2 * completeRecords().size());
    assertThat(list.ledgerHead()).isEqualTo(archive.ledger().head());
    assertThat(list.lines())
        .extracting(TransferList.Line::volumeHash)
        .containsExactlyElementsOf(filed.volumes().stream().map(Volume::volumeHash).toList());
    assertThat(list.receipt()).isEmpty();

    Actor receiver = Actor.of("arch-1", "县档案馆 赵");
    TransferList received = list.receive(receiver, Instant.parse("2026-01-10T02:00:00Z"));
    assertThat(received.receipt()).map(TransferList.Receipt::receivedBy).contains(receiver);
    assertThatThrownBy(() -> received.receive(receiver, Instant.parse("2026-01-11T02:00:00Z")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RECEIVED");
  }

  @Test
  @DisplayName(
      "a full volume continues in the next number; a late file goes into a supplementary filing")
  void volumes_split_and_supplementary_filing() {
    for (int i = 1; i <= 5; i++) {
      archiveFile("F-" + i, "物业", "town.liandu.01", LocalDate.of(2025, 5, i));
      assertThat(archive.find("F-" + i)).isPresent();
    }
    FilingResult.Filed first =
        (FilingResult.Filed) filingOn(LocalDate.of(2026, 1, 8), 2).fileYear(2025, ARCHIVIST);
    assertThat(first.volumes()).extracting(v -> v.items().size()).containsExactly(2, 2, 1);
    assertThat(filingOn(LocalDate.of(2026, 1, 9), 2).fileYear(2025, ARCHIVIST))
        .isEqualTo(new FilingResult.NothingToFile(2025));

    archiveFile("F-6", "物业", "town.liandu.01", LocalDate.of(2025, 12, 31));
    FilingResult.Filed late =
        (FilingResult.Filed) filingOn(LocalDate.of(2026, 2, 1), 2).fileYear(2025, ARCHIVIST);

    assertThat(late.volumes())
        .extracting(Volume::number)
        .containsExactly("2025-物业-town.liandu.01-004");
    assertThat(volumes.filingsOf(2025)).hasSize(2);
  }

  @Test
  @DisplayName("a damaged file stops the filing and is named")
  void damaged_file_blocks_filing() {
    archiveFile("F-1", "劳动争议", "county.hrss", LocalDate.of(2025, 3, 20));
    archiveFile("F-2", "劳动争议", "county.hrss", LocalDate.of(2025, 3, 21));
    org.db3311.sgc.core.archive.SealedFile forged =
        org.db3311.sgc.core.archive.ArchiveFixtures.sealed(
            new org.db3311.sgc.core.archive.ElectronicFile(
                header("F-2", "劳动争议", "county.hrss", LocalDate.of(2025, 3, 21)),
                completeRecords().subList(0, 6)),
            Instant.parse("2025-03-21T02:00:00Z"),
            ARCHIVIST);
    TamperingArchiveStore tampering = new TamperingArchiveStore(archive, forged);

    FilingResult result =
        new YearlyFilingService(
                tampering,
                volumes,
                FilingPolicy.standard(),
                events,
                audit,
                Clock.fixed(Instant.parse("2026-01-08T01:00:00Z"), ZONE))
            .fileYear(2025, ARCHIVIST);

    assertThat(result).isInstanceOf(FilingResult.Damaged.class);
    assertThat(((FilingResult.Damaged) result).reports())
        .extracting(org.db3311.sgc.core.archive.VerificationReport::subject)
        .containsExactly("F-2");
    assertThat(volumes.isFiled("F-1")).isFalse();
  }

  @Test
  @DisplayName("a volume whose hash does not match its items cannot exist")
  void volume_hash_pins_the_seals() {
    VolumeItem item =
        new VolumeItem(
            1, "F-1", "案卷", LocalDate.of(2025, 1, 2), 3, ContentHash.sha256(new byte[] {1}));
    Volume v =
        Volume.of(
            "2025-x-u-001",
            new VolumeKey(2025, "x", UnitId.of("u")),
            "t",
            Retention.YEARS_10,
            List.of(item));
    VolumeItem swapped =
        new VolumeItem(
            1, "F-1", "案卷", LocalDate.of(2025, 1, 2), 3, ContentHash.sha256(new byte[] {2}));

    assertThatThrownBy(
            () ->
                new Volume(
                    v.number(),
                    v.key(),
                    v.title(),
                    v.retention(),
                    List.of(swapped),
                    v.volumeHash()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hash does not match");
  }

  @Test
  @DisplayName(
      "the filings of a year are read first filing first, each with its receipt as it stands")
  void filings_of_a_year_are_read_in_order() {
    archiveFile("F-1", "劳动争议", "county.hrss", LocalDate.of(2025, 3, 20));
    YearlyFilingService filing = filingOn(LocalDate.of(2026, 1, 8), 100);
    assertThat(filing.filings(2025)).isEmpty();
    filing.fileYear(2025, ARCHIVIST);
    archiveFile("F-2", "劳动争议", "county.hrss", LocalDate.of(2025, 12, 31));
    filing.fileYear(2025, ARCHIVIST);
    filing.receiveTransfer(2025, 1, Actor.of("arch-1", "县档案馆 赵"));

    List<FilingResult.Filed> filings = filing.filings(2025);

    assertThat(filings)
        .extracting(f -> f.volumes().getFirst().number())
        .containsExactly("2025-劳动争议-county.hrss-001", "2025-劳动争议-county.hrss-002");
    assertThat(filings)
        .extracting(f -> f.transferList().receipt().isPresent())
        .containsExactly(true, false);
    assertThat(filing.filings(2026)).isEmpty();
  }

  @Test
  @Implements({"7.3.2", "7.3.3"})
  @DisplayName(
      "sealing a file, filing a year and receiving its transfer list are audited and published")
  void every_change_is_recorded() {
    archiveFile("F-1", "劳动争议", "county.hrss", LocalDate.of(2025, 3, 20));
    YearlyFilingService filing = filingOn(LocalDate.of(2026, 1, 8), 100);
    filing.fileYear(2025, ARCHIVIST);
    Actor receiver = Actor.of("arch-1", "县档案馆 赵");

    FilingResult.Filed received = filing.receiveTransfer(2025, 1, receiver);

    assertThat(received.transferList().receipt())
        .map(TransferList.Receipt::receivedBy)
        .contains(receiver);
    assertThat(volumes.filingsOf(2025).getFirst().transferList().receipt()).isPresent();
    assertThatThrownBy(() -> filing.receiveTransfer(2025, 1, receiver))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> filing.receiveTransfer(2025, 2, receiver))
        .isInstanceOf(FilingNotFoundException.class)
        .isInstanceOf(org.db3311.sgc.core.common.NotFoundException.class)
        .hasMessageContaining("not a number 2");
    List<ArchiveEvent> recorded = RecordedChanges.of(events, audit, ArchiveEvent.class);
    assertThat(RecordedChanges.transitions(recorded))
        .containsExactly("SEAL -→SEALED", "FILE -→FILED", "RECEIVE_TRANSFER FILED→RECEIVED");
    assertThat(recorded)
        .extracting(ArchiveEvent::aggregateType, ArchiveEvent::aggregateId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ElectronicFile", "F-1"),
            org.assertj.core.groups.Tuple.tuple("ArchiveFiling", "2025/1"),
            org.assertj.core.groups.Tuple.tuple("ArchiveFiling", "2025/1"));
    assertThat(recorded)
        .extracting(ArchiveEvent::actor)
        .containsExactly(ARCHIVIST, ARCHIVIST, receiver);
  }
}
