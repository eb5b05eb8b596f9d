package org.db3311.sgc.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;

@Implements("7.3.2")
class SealTamperProperties {

  @Property(tries = 300)
  void any_one_byte_change_of_any_sealed_file_is_detected(
      @ForAll("files") ElectronicFile file,
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position,
      @ForAll @IntRange(min = 1, max = 255) int flip) {
    SealedFile sealed =
        new FileSealer().seal(file, Instant.parse("2025-12-31T08:00:00Z"), Actor.of("a", "档案员"));
    byte[] bytes = SealedFileCodec.encode(sealed);
    SealVerifier verifier = new SealVerifier();
    assertThat(verifier.verifyExport(bytes).intact()).isTrue();

    bytes[position % bytes.length] ^= (byte) flip;

    assertThat(verifier.verifyExport(bytes).intact()).isFalse();
  }

  @Provide
  Arbitrary<ElectronicFile> files() {
    Arbitrary<ArchiveRecord> record =
        Combinators.combine(
                Arbitraries.of(RecordType.class),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12).alpha(),
                Arbitraries.longs().between(0, 10_000_000),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
                Arbitraries.maps(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5),
                        Arbitraries.strings().ofMaxLength(8))
                    .ofMaxSize(3))
            .as(
                (type, title, offset, content, meta) ->
                    new ArchiveRecord(
                        type,
                        title,
                        Instant.parse("2025-01-01T00:00:00Z").plusSeconds(offset),
                        Actor.of("s1", "经办人"),
                        new java.util.TreeMap<>(meta),
                        content));
    return Combinators.combine(
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10),
            Arbitraries.of("劳动争议", "邻里", "物业"),
            record.list().ofMinSize(1).ofMaxSize(6))
        .as(
            (id, category, records) ->
                new ElectronicFile(
                    new FileHeader(
                        "F" + id, "案卷", category, UnitId.of("u1"), LocalDate.of(2025, 6, 1)),
                    new ArrayList<>(records)));
  }

  @Property(tries = 50)
  void sealing_is_deterministic(@ForAll("files") ElectronicFile file) {
    Instant at = Instant.parse("2025-12-31T08:00:00Z");
    Actor by = Actor.of("a", "档案员");
    List<ContentHash> seals =
        List.of(
            new FileSealer().seal(file, at, by).seal(), new FileSealer().seal(file, at, by).seal());
    assertThat(seals.get(0)).isEqualTo(seals.get(1));
  }
}
