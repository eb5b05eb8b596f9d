package org.db3311.sgc.core.archive;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.UnitId;

/** Files as casework would hand them over on closure. */
public final class ArchiveFixtures {

  public static final Actor CLERK = Actor.of("s-017", "窗口 王敏");
  public static final Actor ARCHIVIST = Actor.of("s-101", "档案员 李静");
  public static final Instant T0 = Instant.parse("2025-03-03T01:30:00Z");

  private ArchiveFixtures() {}

  public static FileHeader header(String id, String category, String unit, LocalDate closedOn) {
    return new FileHeader(id, "劳动报酬纠纷 张某诉某公司 " + id, category, UnitId.of(unit), closedOn);
  }

  public static FileHeader header(String id) {
    return header(id, "劳动争议", "county.hrss", LocalDate.of(2025, 3, 20));
  }

  /** Registration, a material, a decision, a mediation record, an agreement, a notice, audit. */
  public static List<ArchiveRecord> completeRecords() {
    List<ArchiveRecord> r = new ArrayList<>();
    r.add(text(RecordType.REGISTRATION, "登记表", 0, "申请人 张某 身份证 110105194912310021"));
    r.add(
        ArchiveRecord.material(
            "身份证复印件",
            T0.plusSeconds(60),
            CLERK,
            "image/jpeg",
            48_213,
            ContentHash.sha256("scan".getBytes(StandardCharsets.UTF_8))));
    r.add(text(RecordType.DECISION, "受理决定", 120, "当场受理，分流至人社局调解"));
    r.add(text(RecordType.RECORD, "调解笔录", 86_400, "双方陈述……"));
    r.add(text(RecordType.AGREEMENT, "调解协议书", 90_000, "被申请人于三日内支付工资 8000 元"));
    r.add(text(RecordType.NOTICE, "结果告知", 95_000, "已告知双方调解结果"));
    r.add(
        ArchiveRecord.ofAudit(
            new AuditEntry(
                T0.plusSeconds(120),
                CLERK,
                "Matter",
                "331121-20250303-0001",
                "ACCEPT",
                "REGISTERED",
                "ACCEPTED",
                "当场受理")));
    return r;
  }

  static ArchiveRecord text(RecordType type, String title, long afterSeconds, String text) {
    return ArchiveRecord.of(
        type, title, T0.plusSeconds(afterSeconds), CLERK, text.getBytes(StandardCharsets.UTF_8));
  }

  public static SealedFile sealed(FileHeader header) {
    return sealed(new ElectronicFile(header, completeRecords()), T0, ARCHIVIST);
  }

  /**
   * {@code file} sealed as the archive seals one, for tests outside the package (the sealer is not
   * API).
   */
  public static SealedFile sealed(ElectronicFile file, Instant at, Actor by) {
    return new FileSealer().seal(file, at, by);
  }
}
