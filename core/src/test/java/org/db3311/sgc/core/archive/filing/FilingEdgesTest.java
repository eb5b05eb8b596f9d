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
import java.util.Map;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of yearly filing (7.3.3 每年定期将上一年度属于归档范围的文件、资料进行整理立卷，并编制案卷编目、移交清单): the first day a year
 * may be filed, the order and bounds of volume keys, what a volume and a transfer list must hold,
 * and which filing a receipt names.
 */
@Implements({"7.3.2", "7.3.3"})
@DisplayName("7.3.3 整理立卷，编制案卷编目、移交清单 — edges of filing")
class FilingEdgesTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Actor RECEIVER = Actor.of("arch-1", "县档案馆 赵");

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();
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

  YearlyFilingService filingOn(LocalDate day, FilingPolicy policy) {
    return new YearlyFilingService(
        archive,
        volumes,
        policy,
        events,
        audit,
        Clock.fixed(day.atStartOfDay(ZONE).toInstant().plusSeconds(32_400), ZONE));
  }

  static VolumeItem item(int sequence, String fileId, LocalDate closedOn, int records) {
    return new VolumeItem(
        sequence, fileId, "案卷 " + fileId, closedOn, records, ContentHash.sha256(fileId.getBytes()));
  }

  @Test
  @DisplayName(
      "the previous year is filed from 1 January: on New Year's Day 2026 the files closed in 2025 go into volumes, a file closed on 1 January 2026 does not")
  void filed_from_new_years_day() {
    archiveFile("F-1", "劳动争议", "county.hrss", LocalDate.of(2025, 12, 31));
    archiveFile("F-2", "劳动争议", "county.hrss", LocalDate.of(2026, 1, 1));

    FilingResult r =
        filingOn(LocalDate.of(2026, 1, 1), FilingPolicy.standard()).fileYear(2025, ARCHIVIST);

    assertThat(r).isInstanceOf(FilingResult.Filed.class);
    FilingResult.Filed filed = (FilingResult.Filed) r;
    assertThat(filed.volumes())
        .flatExtracting(Volume::items)
        .extracting(VolumeItem::fileId)
        .containsExactly("F-1");
    assertThat(filed.volumes().getFirst().retention()).isEqualTo(Retention.YEARS_30);
    assertThat(volumes.isFiled("F-2")).isFalse();
  }

  @Test
  @DisplayName(
      "a full volume holds exactly the maximum: two files with a maximum of two make one volume, with its items in closing order")
  void a_volume_holds_exactly_the_maximum() {
    archiveFile("F-b", "物业", "town.liandu.01", LocalDate.of(2025, 5, 2));
    archiveFile("F-a", "物业", "town.liandu.01", LocalDate.of(2025, 5, 2));
    archiveFile("F-0", "物业", "town.liandu.01", LocalDate.of(2025, 5, 1));
    FilingPolicy policy =
        new FilingPolicy(3, Retention.YEARS_10, Map.of()).withRetention("物业", Retention.PERMANENT);

    FilingResult.Filed filed =
        (FilingResult.Filed) filingOn(LocalDate.of(2026, 1, 8), policy).fileYear(2025, ARCHIVIST);

    assertThat(filed.volumes()).hasSize(1);
    Volume v = filed.volumes().getFirst();
    assertThat(v.items())
        .extracting(VolumeItem::fileId, VolumeItem::sequence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("F-0", 1),
            org.assertj.core.groups.Tuple.tuple("F-a", 2),
            org.assertj.core.groups.Tuple.tuple("F-b", 3));
    assertThat(v.retention()).isEqualTo(Retention.PERMANENT);
    assertThat(v.firstClosed()).isEqualTo(LocalDate.of(2025, 5, 1));
    assertThat(v.lastClosed()).isEqualTo(LocalDate.of(2025, 5, 2));
    assertThat(v.recordCount()).isEqualTo(3 * completeRecords().size());
    assertThat(v.responsibleUnit()).isEqualTo(UnitId.of("town.liandu.01"));
    assertThat(filed.catalogue().entries().getFirst().firstClosed())
        .isEqualTo(LocalDate.of(2025, 5, 1));
    assertThat(filed.catalogue().entries().getFirst().recordCount()).isEqualTo(v.recordCount());
    assertThatThrownBy(() -> new FilingPolicy(0, Retention.YEARS_10, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "volume keys run from 1949 to 9999 and are ordered by year, then category, then handling unit")
  void volume_keys() {
    UnitId a = UnitId.of("a");
    assertThatThrownBy(() -> new VolumeKey(1948, "x", a))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VolumeKey(10_000, "x", a))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VolumeKey(2025, " ", a))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new VolumeKey(1949, "x", a).year()).isEqualTo(1949);
    assertThat(new VolumeKey(9999, "x", a).year()).isEqualTo(9999);

    List<VolumeKey> sorted =
        new java.util.ArrayList<>(
            List.of(
                new VolumeKey(2026, "a", a),
                new VolumeKey(2025, "b", a),
                new VolumeKey(2025, "a", UnitId.of("b")),
                new VolumeKey(2025, "a", a)));
    java.util.Collections.sort(sorted);
    assertThat(sorted)
        .containsExactly(
            new VolumeKey(2025, "a", a),
            new VolumeKey(2025, "a", UnitId.of("b")),
            new VolumeKey(2025, "b", a),
            new VolumeKey(2026, "a", a));
    assertThat(new VolumeKey(2025, "a", a).compareTo(new VolumeKey(2025, "a", a))).isZero();
  }

  @Test
  @DisplayName(
      "a volume has a number and a title, at least one item, numbered 1, 2, … in order; an item names its file, has records and a sequence from 1")
  void what_a_volume_holds() {
    VolumeKey key = new VolumeKey(2025, "x", UnitId.of("u"));
    LocalDate d = LocalDate.of(2025, 1, 2);
    assertThatThrownBy(
            () -> Volume.of(" ", key, "t", Retention.YEARS_10, List.of(item(1, "F", d, 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Volume.of("n", key, " ", Retention.YEARS_10, List.of(item(1, "F", d, 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Volume.of("n", key, "t", Retention.YEARS_10, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () ->
                Volume.of(
                    "n",
                    key,
                    "t",
                    Retention.YEARS_10,
                    List.of(item(1, "F", d, 1), item(3, "G", d, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numbered");
    assertThatThrownBy(() -> item(0, "F", d, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> item(1, " ", d, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> item(1, "F", d, 0)).isInstanceOf(IllegalArgumentException.class);
    Volume two =
        Volume.of(
            "n",
            key,
            "t",
            Retention.YEARS_10,
            List.of(item(1, "F", d.plusDays(5), 2), item(2, "G", d, 4)));
    assertThat(two.recordCount()).isEqualTo(6);
    assertThat(two.firstClosed()).isEqualTo(d);
    assertThat(two.lastClosed()).isEqualTo(d.plusDays(5));
    assertThat(Volume.hashOf("n", key, two.items()))
        .as("the number is part of the hash")
        .isNotEqualTo(Volume.hashOf("m", key, two.items()));
  }

  @Test
  @DisplayName(
      "the transfer list is received by someone other than who handed it over; filing numbers start at 1 and name an existing filing")
  void receiving_a_transfer_list() {
    archiveFile("F-1", "劳动争议", "county.hrss", LocalDate.of(2025, 3, 20));
    YearlyFilingService filing = filingOn(LocalDate.of(2026, 1, 8), FilingPolicy.standard());
    FilingResult.Filed filed = (FilingResult.Filed) filing.fileYear(2025, ARCHIVIST);

    assertThatThrownBy(
            () -> filed.transferList().receive(ARCHIVIST, Instant.parse("2026-01-09T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("receiver");
    assertThatThrownBy(() -> filing.receiveTransfer(2025, 0, RECEIVER))
        .isInstanceOf(FilingNotFoundException.class);
    assertThatThrownBy(() -> filing.receiveTransfer(2024, 1, RECEIVER))
        .isInstanceOf(FilingNotFoundException.class);
    assertThatThrownBy(() -> new FilingUseCases.ReceiveTransfer(2025, 0, RECEIVER))
        .isInstanceOf(IllegalArgumentException.class);

    FilingResult.Filed received =
        filing.receiveTransfer(new FilingUseCases.ReceiveTransfer(2025, 1, RECEIVER));
    assertThat(received.volumes()).isEqualTo(filed.volumes());
    assertThat(received.transferList().receipt())
        .hasValueSatisfying(
            r -> {
              assertThat(r.receivedBy()).isEqualTo(RECEIVER);
              assertThat(r.receivedAt())
                  .isEqualTo(
                      LocalDate.of(2026, 1, 8).atStartOfDay(ZONE).toInstant().plusSeconds(32_400));
            });
    assertThat(received.transferList().listHash()).isEqualTo(filed.transferList().listHash());
    assertThat(filing.fileYear(new FilingUseCases.FileYear(2025, ARCHIVIST)))
        .isEqualTo(new FilingResult.NothingToFile(2025));
  }

  @Test
  @DisplayName(
      "volume numbers count per year, category and unit: a split volume continues 001, 002; a later filing of another category starts at 001")
  void volume_numbers_per_key() {
    archiveFile("F-1", "物业", "town.liandu.01", LocalDate.of(2025, 5, 1));
    archiveFile("F-2", "物业", "town.liandu.01", LocalDate.of(2025, 5, 2));
    FilingPolicy onePerVolume = new FilingPolicy(1, Retention.YEARS_10, Map.of());
    FilingResult.Filed first =
        (FilingResult.Filed)
            filingOn(LocalDate.of(2026, 1, 8), onePerVolume).fileYear(2025, ARCHIVIST);
    assertThat(first.volumes())
        .extracting(Volume::number)
        .containsExactly("2025-物业-town.liandu.01-001", "2025-物业-town.liandu.01-002");

    archiveFile("F-3", "邻里", "town.liandu.01", LocalDate.of(2025, 12, 30));
    FilingResult.Filed late =
        (FilingResult.Filed)
            filingOn(LocalDate.of(2026, 2, 1), onePerVolume).fileYear(2025, ARCHIVIST);
    assertThat(late.volumes())
        .extracting(Volume::number)
        .containsExactly("2025-邻里-town.liandu.01-001");
  }

  @Test
  @DisplayName(
      "a file the archive ledger does not list is still verified on its own before it is filed")
  void a_file_outside_the_ledger_is_verified_on_its_own() {
    org.db3311.sgc.core.archive.SealedFile f =
        org.db3311.sgc.core.archive.ArchiveFixtures.sealed(
            header("F-1", "劳动争议", "county.hrss", LocalDate.of(2025, 3, 20)));
    org.db3311.sgc.core.archive.ArchiveLedger emptyLedger =
        new org.db3311.sgc.core.archive.ArchiveLedger();
    org.db3311.sgc.core.archive.ArchiveStore unledgered =
        new org.db3311.sgc.core.archive.ArchiveStore() {
          @Override
          public void add(org.db3311.sgc.core.archive.SealedFile file) {
            throw new UnsupportedOperationException();
          }

          @Override
          public java.util.Optional<org.db3311.sgc.core.archive.SealedFile> find(String fileId) {
            return fileId.equals(f.fileId())
                ? java.util.Optional.of(f)
                : java.util.Optional.empty();
          }

          @Override
          public List<org.db3311.sgc.core.archive.SealedFile> closedIn(int year) {
            return year == 2025 ? List.of(f) : List.of();
          }

          @Override
          public org.db3311.sgc.core.archive.ArchiveLedger ledger() {
            return emptyLedger;
          }
        };

    FilingResult r =
        new YearlyFilingService(
                unledgered,
                volumes,
                FilingPolicy.standard(),
                events,
                audit,
                Clock.fixed(Instant.parse("2026-01-08T01:00:00Z"), ZONE))
            .fileYear(2025, ARCHIVIST);

    assertThat(r).isInstanceOf(FilingResult.Filed.class);
    assertThat(volumes.isFiled("F-1")).isTrue();
  }
}
