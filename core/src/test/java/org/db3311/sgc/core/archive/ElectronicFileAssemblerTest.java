package org.db3311.sgc.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.archive.ArchiveFixtures.completeRecords;
import static org.db3311.sgc.core.archive.ArchiveFixtures.header;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Implements("7.3.2")
@DisplayName("7.3.2 电子档案应确保真实、可靠、完整 — a closed matter's electronic file is assembled complete")
class ElectronicFileAssemblerTest {

  private final ElectronicFileAssembler assembler =
      new ElectronicFileAssembler(CompletenessPolicy.standard(), ZoneId.of("Asia/Shanghai"));

  @Test
  @DisplayName("the records handed over become a file in the order they happened")
  void assembles_in_time_order() {
    List<ArchiveRecord> shuffled = new ArrayList<>(completeRecords());
    Collections.reverse(shuffled);

    AssemblyResult result = assembler.assemble(header("F-1"), shuffled);

    assertThat(result).isInstanceOf(AssemblyResult.Assembled.class);
    List<ArchiveRecord> records = ((AssemblyResult.Assembled) result).file().records();
    assertThat(records).extracting(ArchiveRecord::createdAt).isSorted();
    assertThat(records).containsExactlyInAnyOrderElementsOf(completeRecords());
  }

  @Test
  @DisplayName("an incomplete file is refused, naming every missing record type at once")
  void incomplete_names_everything_missing() {
    List<ArchiveRecord> partial =
        completeRecords().stream()
            .filter(r -> r.type() != RecordType.NOTICE && r.type() != RecordType.AUDIT_ENTRY)
            .toList();

    AssemblyResult result = assembler.assemble(header("F-2"), partial);

    assertThat(result)
        .isEqualTo(
            new AssemblyResult.Incomplete(
                "F-2", EnumSet.of(RecordType.NOTICE, RecordType.AUDIT_ENTRY), List.of()));
  }

  @Test
  @DisplayName("a category can require more, e.g. the agreement of a mediated dispute")
  void category_specific_requirements() {
    ElectronicFileAssembler strict =
        new ElectronicFileAssembler(
            CompletenessPolicy.standard()
                .withCategory(
                    "劳动争议",
                    EnumSet.of(
                        RecordType.REGISTRATION, RecordType.AGREEMENT, RecordType.FOLLOW_UP)),
            ZoneId.of("Asia/Shanghai"));

    AssemblyResult result = strict.assemble(header("F-3"), completeRecords());

    assertThat(result).isInstanceOf(AssemblyResult.Incomplete.class);
    assertThat(((AssemblyResult.Incomplete) result).missing())
        .containsExactly(RecordType.FOLLOW_UP);
  }

  @Test
  @DisplayName("a registration dated after the closure is a defect, not a file")
  void registration_after_closure_is_refused() {
    AssemblyResult result =
        assembler.assemble(
            header("F-4", "劳动争议", "county.hrss", java.time.LocalDate.of(2025, 3, 1)),
            completeRecords());

    assertThat(result).isInstanceOf(AssemblyResult.Incomplete.class);
    assertThat(((AssemblyResult.Incomplete) result).problems()).hasSize(1);
  }
}
