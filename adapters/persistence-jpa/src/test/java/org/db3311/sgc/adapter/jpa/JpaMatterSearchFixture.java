package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.supervision.DeadlinePolicy;
import org.db3311.sgc.core.supervision.SupervisionFile;
import org.db3311.sgc.core.supervision.SupervisionSnapshot;

/** What the matter search tests on both databases share: emptying and supervising. */
final class JpaMatterSearchFixture {

  private static final Instant T = Instant.parse("2026-11-25T02:00:00Z");

  private JpaMatterSearchFixture() {}

  static void reset(StoreFixture fixture) {
    fixture.clear("supervision_participant");
    fixture.clear("supervision_file");
    fixture.clear("matter_applicant_key");
    fixture.clear("matter");
  }

  /** Stores a supervision file of the matter led by {@code unit} with that next deadline. */
  static void supervise(
      StoreFixture fixture, RegistrationNumber matter, UnitId unit, Optional<LocalDate> deadline) {
    SupervisionSnapshot s =
        SupervisionFile.open(
                matter.toString(),
                "t",
                "dispute.labour",
                unit,
                Set.of(),
                DeadlinePolicy.defaults().rulesFor("dispute.labour"),
                Actor.SYSTEM,
                T,
                LocalDate.of(2026, 11, 25))
            .snapshot();
    SupervisionFile file =
        SupervisionFile.fromSnapshot(
            new SupervisionSnapshot(
                s.subject(),
                s.title(),
                s.categoryCode(),
                s.unit(),
                s.participants(),
                s.state(),
                s.openedAt(),
                s.rules(),
                s.clocks(),
                s.notices(),
                s.history(),
                s.followed(),
                deadline),
            org.db3311.sgc.core.common.Version.NEW);
    new JpaSupervisionFileRepository(fixture.store).save(file);
  }
}
