package org.db3311.sgc.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.archive.ArchiveFixtures.ARCHIVIST;
import static org.db3311.sgc.core.archive.ArchiveFixtures.CLERK;
import static org.db3311.sgc.core.archive.ArchiveFixtures.completeRecords;
import static org.db3311.sgc.core.archive.ArchiveFixtures.header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of electronic archives (7.3.2 档案应确保真实、可靠、完整、可用和安全): what a complete file must hold,
 * when a registration is too late for its file, what a digest and a ledger entry must be, and that
 * the ledger notices a file gone or a chain broken.
 */
@Implements("7.3.2")
@DisplayName("7.3.2 电子档案 — edges of completeness, digests and the ledger")
class ArchiveEdgesTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName(
      "a registration on the day of closure, in the center's time zone, belongs to the file; one a local day later does not")
  void registration_on_the_closing_day() {
    ElectronicFileAssembler assembler =
        new ElectronicFileAssembler(CompletenessPolicy.standard(), ZONE);
    LocalDate closed = LocalDate.of(2025, 12, 31);
    // 15:59 UTC is 23:59 in Lishui on the closing day; 16:00 UTC is already 1 January 2026 there
    List<ArchiveRecord> onTheDay = withRegistrationAt(Instant.parse("2025-12-31T15:59:00Z"));
    List<ArchiveRecord> nextDay = withRegistrationAt(Instant.parse("2025-12-31T16:00:00Z"));

    assertThat(assembler.assemble(header("F-1", "劳动争议", "county.hrss", closed), onTheDay))
        .isInstanceOf(AssemblyResult.Assembled.class);
    assertThat(assembler.assemble(header("F-1", "劳动争议", "county.hrss", closed), nextDay))
        .isInstanceOfSatisfying(
            AssemblyResult.Incomplete.class,
            i -> {
              assertThat(i.missing()).isEmpty();
              assertThat(i.problems())
                  .singleElement()
                  .asString()
                  .contains("after closure", "登记表", "2025-12-31T16:00:00Z");
            });
  }

  private static List<ArchiveRecord> withRegistrationAt(Instant at) {
    List<ArchiveRecord> records = new ArrayList<>();
    for (ArchiveRecord r : completeRecords()) {
      records.add(
          r.type() == RecordType.REGISTRATION
              ? ArchiveRecord.of(RecordType.REGISTRATION, r.title(), at, r.author(), r.content())
              : r);
    }
    return records;
  }

  @Test
  @DisplayName(
      "a completeness rule requires at least one record type and names its category; other categories keep the default")
  void completeness_rules() {
    assertThatThrownBy(() -> CompletenessPolicy.requiring(Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> CompletenessPolicy.standard().withCategory(" ", EnumSet.of(RecordType.DECISION)))
        .isInstanceOf(IllegalArgumentException.class);
    CompletenessPolicy p =
        CompletenessPolicy.requiring(EnumSet.of(RecordType.REGISTRATION))
            .withCategory("调解", EnumSet.of(RecordType.AGREEMENT));
    assertThat(p.requiredFor("调解")).containsExactly(RecordType.AGREEMENT);
    assertThat(p.requiredFor("信访")).containsExactly(RecordType.REGISTRATION);
    assertThat(CompletenessPolicy.standard().requiredFor("信访"))
        .isEqualTo(CompletenessPolicy.DEFAULT_REQUIRED);
  }

  @Test
  @DisplayName(
      "a digest is 32 bytes or 64 lowercase hex digits, and reads back as written; a material's size is not negative")
  void digests_and_materials() {
    ContentHash h = ContentHash.sha256("scan".getBytes(StandardCharsets.UTF_8));
    assertThat(ContentHash.ofHex(h.hex())).isEqualTo(h);
    assertThat(ContentHash.ofBytes(h.bytes())).isEqualTo(h).hasSameHashCodeAs(h);
    assertThatThrownBy(() -> ContentHash.ofHex(h.hex().toUpperCase()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContentHash.ofHex(h.hex().substring(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContentHash.ofBytes(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(h).isNotEqualTo(ContentHash.sha256(new byte[0]));

    Instant t = Instant.parse("2025-03-03T01:30:00Z");
    assertThatThrownBy(() -> ArchiveRecord.material("扫描件", t, CLERK, "image/png", -1, h))
        .isInstanceOf(IllegalArgumentException.class);
    ArchiveRecord empty = ArchiveRecord.material("空文件", t, CLERK, "text/plain", 0, h);
    assertThat(empty.metadata()).containsEntry("size", "0").containsEntry("sha256", h.hex());
    TreeMap<String, String> blankKey = new TreeMap<>();
    blankKey.put(" ", "v");
    assertThatThrownBy(
            () -> new ArchiveRecord(RecordType.RECORD, "t", t, CLERK, blankKey, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "ledger positions start at 1; the ledger names a file that is gone and an entry that does not follow the one before")
  void the_ledger_notices_what_is_missing() {
    ContentHash h = ContentHash.sha256(new byte[] {1});
    assertThatThrownBy(() -> new LedgerEntry(0, "F", h, h, h))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new LedgerEntry(1, "F", h, h, h).position()).isEqualTo(1);

    ArchiveLedger ledger = new ArchiveLedger();
    SealedFile one = ArchiveFixtures.sealed(header("F-1"));
    SealedFile two = ArchiveFixtures.sealed(header("F-2"));
    assertThat(ledger.head()).isEqualTo(ArchiveLedger.GENESIS);
    LedgerEntry first = ledger.append(one);
    LedgerEntry second = ledger.append(two);
    assertThat(first.position()).isEqualTo(1);
    assertThat(second.previous()).isEqualTo(first.hash());
    assertThat(ledger.head()).isEqualTo(second.hash());

    VerificationReport gone =
        ledger.verify(
            id -> id.equals("F-1") ? java.util.Optional.of(one) : java.util.Optional.empty());
    assertThat(gone.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("ledger entry 2");
              assertThat(p.message()).contains("F-2", "missing");
            });
    assertThat(ledger.verify(id -> java.util.Optional.of(id.equals("F-1") ? one : two)).intact())
        .isTrue();
    assertThat(ledger.verify(id -> java.util.Optional.of(id.equals("F-1") ? two : one)).problems())
        .as("files swapped under the ledger")
        .isNotEmpty();
    assertThatThrownBy(() -> ledger.append(one)).isInstanceOf(IllegalStateException.class);

    SealedFile altered =
        one.withRecord(
            0,
            ArchiveRecord.of(RecordType.REGISTRATION, "登记表", Instant.EPOCH, CLERK, new byte[] {1}));
    assertThat(
            ledger.verify(id -> java.util.Optional.of(id.equals("F-1") ? altered : two)).problems())
        .as("a file changed behind its unchanged seal is named by the ledger's check")
        .extracting(VerificationReport.Problem::location)
        .containsExactly("file F-1 record 1");
  }

  @Test
  @DisplayName(
      "a report with a seal that differs from the recorded one names the seal; the same seal adds nothing")
  void expected_seal() {
    SealedFile f = ArchiveFixtures.sealed(header("F-9"));
    SealVerifier v = new SealVerifier();
    assertThat(v.verify(f, f.seal()).intact()).isTrue();
    assertThat(v.verify(f, ContentHash.sha256(new byte[] {9})).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo("seal"));
    ContentHash other = ContentHash.sha256(new byte[] {9});
    assertThat(v.verify(f, other).problems().getFirst().message())
        .as("the problem shows both seals as hex")
        .contains(f.seal().hex(), other.hex());
    assertThat(f.sealedBy()).isEqualTo(ARCHIVIST);
  }

  @Test
  @DisplayName(
      "records and sealed files are equal only when everything they hold is; a copy read back from its export is equal")
  void equality_of_what_is_archived() {
    ArchiveRecord a = completeRecords().getFirst();
    ArchiveRecord sameButContent =
        new ArchiveRecord(
            a.type(), a.title(), a.createdAt(), a.author(), a.metadata(), new byte[] {7});
    assertThat(a).isNotEqualTo(sameButContent);
    assertThat(a)
        .isEqualTo(completeRecords().getFirst())
        .hasSameHashCodeAs(completeRecords().getFirst());

    SealedFile f = ArchiveFixtures.sealed(header("F-1"));
    assertThat(SealedFileCodec.decode(SealedFileCodec.encode(f))).isEqualTo(f);
    assertThat(f).isNotEqualTo(ArchiveFixtures.sealed(header("F-2")));
  }

  @Test
  @DisplayName(
      "the canonical form reads back a value ending exactly at the end of the data and the last nanosecond of a second; it refuses a cut long value")
  void canonical_form_edges() {
    byte[] value = "档案".getBytes(StandardCharsets.UTF_8);
    Canonical.Writer w = new Canonical.Writer();
    assertThat(w.bytes(value)).isSameAs(w);
    assertThat(new Canonical.Reader(w.toBytes()).bytes()).isEqualTo(value);

    Instant last = Instant.parse("2025-12-31T23:59:59.999999999Z");
    assertThat(new Canonical.Reader(new Canonical.Writer().instant(last).toBytes()).instant())
        .isEqualTo(last);
    LocalDate d = LocalDate.of(2026, 1, 1);
    Canonical.Writer dated = new Canonical.Writer();
    assertThat(dated.date(d)).as("a date chains like every other value").isSameAs(dated);
    assertThat(new Canonical.Reader(dated.toBytes()).date()).isEqualTo(d);
    assertThatThrownBy(() -> new Canonical.Reader(new byte[4]).longValue())
        .isInstanceOf(MalformedArchiveException.class);
  }

  @Test
  @DisplayName("the archive use case seals a file from its command, as the direct call does")
  void archive_use_case() {
    InMemoryArchiveStore store = new InMemoryArchiveStore();
    ArchiveUseCases s =
        new ArchivingService(
            new ElectronicFileAssembler(CompletenessPolicy.standard(), ZONE),
            store,
            new org.db3311.sgc.core.common.InMemoryDomainEventPublisher(),
            new org.db3311.sgc.core.common.InMemoryAuditTrail(),
            java.time.Clock.fixed(Instant.parse("2025-03-21T02:00:00Z"), ZONE));
    ArchivingResult r =
        s.archive(new ArchiveUseCases.Archive(header("F-7"), completeRecords(), ARCHIVIST));
    assertThat(r).isInstanceOf(ArchivingResult.Archived.class);
    assertThat(store.find("F-7")).isPresent();
    assertThat(s.ledger()).extracting(LedgerEntry::fileId).containsExactly("F-7");
  }
}
