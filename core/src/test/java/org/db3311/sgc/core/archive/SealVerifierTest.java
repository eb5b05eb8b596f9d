package org.db3311.sgc.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.archive.ArchiveFixtures.ARCHIVIST;
import static org.db3311.sgc.core.archive.ArchiveFixtures.T0;
import static org.db3311.sgc.core.archive.ArchiveFixtures.completeRecords;
import static org.db3311.sgc.core.archive.ArchiveFixtures.header;
import static org.db3311.sgc.core.archive.ArchiveFixtures.sealed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("7.3.2")
@DisplayName("7.3.2 档案应确保真实、可靠、完整、可用和安全 — sealed files reveal any change")
class SealVerifierTest {

  final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  private final SealVerifier verifier = new SealVerifier();

  @Test
  @DisplayName("a freshly sealed file verifies, also after export and re-import")
  void fresh_file_is_intact() {
    SealedFile file = sealed(header("F-1"));

    assertThat(verifier.verify(file).intact()).isTrue();
    byte[] exported = SealedFileCodec.encode(file);
    assertThat(verifier.verifyExport(exported).intact()).isTrue();
    assertThat(SealedFileCodec.decode(exported)).isEqualTo(file);
  }

  @Test
  @DisplayName("changing any single byte of the exported file, anywhere, is detected")
  void every_single_byte_change_is_detected() {
    byte[] exported = SealedFileCodec.encode(sealed(header("F-1")));
    List<Integer> undetected = new ArrayList<>();
    for (int i = 0; i < exported.length; i++) {
      for (int flip : new int[] {0x01, 0x80, 0xFF}) {
        byte[] tampered = exported.clone();
        tampered[i] ^= (byte) flip;
        if (verifier.verifyExport(tampered).intact()) {
          undetected.add(i);
        }
      }
    }
    assertThat(exported.length).isGreaterThan(1000);
    assertThat(undetected).as("byte positions whose change went unnoticed").isEmpty();
  }

  @Test
  @DisplayName("a changed record is reported at its position and nowhere else")
  void changed_record_is_located() {
    SealedFile file = sealed(header("F-1"));
    ArchiveRecord original = file.records().get(4).record();
    byte[] content = original.content();
    content[0] ^= 1;
    ArchiveRecord altered =
        new ArchiveRecord(
            original.type(),
            original.title(),
            original.createdAt(),
            original.author(),
            original.metadata(),
            content);

    VerificationReport report = verifier.verify(file.withRecord(4, altered));

    assertThat(report.intact()).isFalse();
    assertThat(report.problems())
        .extracting(VerificationReport.Problem::location)
        .containsExactly("record 5");
  }

  @Test
  @DisplayName("reordering records breaks the chain even though each record is unchanged")
  void reordering_is_detected() {
    SealedFile file = sealed(header("F-1"));
    List<SealedRecord> swapped = new ArrayList<>(file.records());
    Collections.swap(swapped, 1, 2);
    SealedFile reordered =
        new SealedFile(
            file.header(),
            file.headerHash(),
            swapped,
            file.sealedAt(),
            file.sealedBy(),
            file.seal());

    assertThat(verifier.verify(reordered).intact()).isFalse();
  }

  @Test
  @DisplayName("a forger who reseals altered content is caught by the seal in the ledger")
  void resealed_forgery_is_caught_by_the_ledger() {
    InMemoryArchiveStore store = new InMemoryArchiveStore();
    ArchivingService service =
        new ArchivingService(
            new ElectronicFileAssembler(CompletenessPolicy.standard(), ZoneId.of("Asia/Shanghai")),
            store,
            events,
            audit,
            Clock.fixed(T0, ZoneId.of("Asia/Shanghai")));
    service.archive(header("F-1"), completeRecords(), ARCHIVIST);
    service.archive(header("F-2"), completeRecords(), ARCHIVIST);
    assertThat(service.verifyAll().intact()).isTrue();

    List<ArchiveRecord> forged = new ArrayList<>(completeRecords());
    forged.set(
        4, ArchiveFixtures.text(RecordType.AGREEMENT, "调解协议书", 90_000, "被申请人于三日内支付工资 800 元"));
    SealedFile resealed =
        new FileSealer().seal(new ElectronicFile(header("F-1"), forged), T0, ARCHIVIST);
    assertThat(verifier.verify(resealed).intact()).as("self-consistent forgery").isTrue();
    store.overwriteForTest(resealed);

    VerificationReport report = service.verifyAll();
    assertThat(report.intact()).isFalse();
    assertThat(report.problems())
        .extracting(VerificationReport.Problem::location)
        .contains("ledger entry 1");
  }

  @Test
  @DisplayName("a sealed file is never replaced: archiving the same matter again is refused")
  void archived_once() {
    InMemoryArchiveStore store = new InMemoryArchiveStore();
    ArchivingService service =
        new ArchivingService(
            new ElectronicFileAssembler(CompletenessPolicy.standard(), ZoneId.of("Asia/Shanghai")),
            store,
            events,
            audit,
            Clock.fixed(T0, ZoneId.of("Asia/Shanghai")));
    ArchivingResult first = service.archive(header("F-1"), completeRecords(), ARCHIVIST);
    ArchivingResult again = service.archive(header("F-1"), completeRecords(), ARCHIVIST);

    assertThat(first).isInstanceOf(ArchivingResult.Archived.class);
    assertThat(again)
        .isEqualTo(new ArchivingResult.AlreadyArchived(((ArchivingResult.Archived) first).file()));
    assertThatThrownBy(() -> store.ledger().append(((ArchivingResult.Archived) first).file()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("F-1");
  }

  @Test
  @DisplayName("incomplete material is not sealed")
  void incomplete_is_not_sealed() {
    InMemoryArchiveStore store = new InMemoryArchiveStore();
    ArchivingService service =
        new ArchivingService(
            new ElectronicFileAssembler(CompletenessPolicy.standard(), ZoneId.of("Asia/Shanghai")),
            store,
            events,
            audit,
            Clock.fixed(T0, ZoneId.of("Asia/Shanghai")));

    ArchivingResult result =
        service.archive(header("F-9"), completeRecords().subList(0, 2), ARCHIVIST);

    assertThat(result).isInstanceOf(ArchivingResult.Refused.class);
    assertThat(store.find("F-9")).isEmpty();
    assertThat(store.ledger().entries()).isEmpty();
  }

  @Test
  @DisplayName("exports that are cut short or carry trailing bytes are refused")
  void truncated_or_extended_exports_fail() {
    byte[] exported = SealedFileCodec.encode(sealed(header("F-1")));
    byte[] cut = java.util.Arrays.copyOf(exported, exported.length - 1);
    byte[] longer = java.util.Arrays.copyOf(exported, exported.length + 1);

    assertThat(verifier.verifyExport(cut).intact()).isFalse();
    assertThat(verifier.verifyExport(longer).intact()).isFalse();
    assertThat(verifier.verifyExport("x".getBytes(StandardCharsets.UTF_8)).intact()).isFalse();
  }
}
