package org.db3311.sgc.core.supervisionfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.SubmitMaterialsUseCase;
import org.db3311.sgc.core.supervision.FollowMatterUseCase;
import org.db3311.sgc.core.supervision.FollowMatterUseCase.Change;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the feed passes on to supervision, seen at the port. */
class SupervisionFeedEdgesTest {

  private final IntakeFixtures in = new IntakeFixtures();
  private final List<FollowMatterUseCase.Command> followed = new ArrayList<>();
  private final SupervisionFeed feed = new SupervisionFeed(followed::add, UnitId.of("center"));

  SupervisionFeedEdgesTest() {
    feed.subscribeTo(in.events);
  }

  private void submit(RegistrationNumber n, MaterialKind kind, String name) {
    in.intake.submit(
        new SubmitMaterialsUseCase.Command(
            n, List.of(new Material.Submitted(kind, name)), IntakeFixtures.CLERK));
  }

  @Test
  @Implements("8.2.4")
  @DisplayName(
      "8.2.4 — materials handed in before the center asked for any supplement stop no applicant's"
          + " clock: only materials answering a supplement notice are passed on as supplied")
  void only_a_supplement_is_supplied() {
    RegistrationNumber n =
        in.register(
                IntakeFixtures.windowRegistration(
                    IntakeFixtures.ZHANG,
                    "dispute.neighbour",
                    List.of(
                        new Material.Submitted(MaterialKind.ID_CARD, "身份证复印件"),
                        new Material.Submitted(MaterialKind.REGISTRATION_FORM, "纠纷登记表"))))
            .number();

    submit(n, MaterialKind.ID_CARD, "身份证复印件（第二份）");
    assertThat(followed).as("nothing asked, nothing supplied").isEmpty();

    in.review(n);
    submit(n, MaterialKind.APPLICATION, "调解申请书");

    assertThat(followed)
        .extracting(FollowMatterUseCase.Command::change)
        .hasExactlyElementsOfTypes(
            Change.SupplementRequested.class, Change.MaterialsSupplied.class);
    assertThat(followed)
        .extracting(FollowMatterUseCase.Command::subject)
        .containsOnly(n.toString());
  }
}
