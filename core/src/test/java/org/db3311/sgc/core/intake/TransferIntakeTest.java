package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.intake.IntakeFixtures.CLERK;
import static org.db3311.sgc.core.intake.IntakeFixtures.transfer;

import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A transferred matter is not a window visit (6.1.1.2.2), and its platform hears how it ended. */
@Implements("6.1.1.2.2")
@DisplayName("6.1.1.2.2 通过…110、12345、96345等业务平台提交转入社会治理中心的相关事项")
class TransferIntakeTest {

  private final IntakeFixtures f = new IntakeFixtures();

  @Nested
  @DisplayName("materials per channel")
  class Materials {

    @ParameterizedTest
    @EnumSource(
        value = Channel.class,
        names = {"HOTLINE_12345", "POLICE_110", "HOTLINE_96345", "ZHELIFANG", "GRID_WORKER"})
    @DisplayName(
        "a transfer arrives with its source record and is not asked for an ID card or form")
    void a_transfer_is_accepted_on_its_source_record(Channel platform) {
      RegistrationNumber n = f.register(transfer(platform, "REF-9")).number();
      Matter m = f.matter(n);
      assertThat(m.materials())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.kind()).isEqualTo(MaterialKind.SOURCE_RECORD);
                assertThat(x.description()).contains("REF-9");
              });
      assertThat(f.review(n)).isEqualTo(new IntakeDecision.Accepted(n));
    }

    @Test
    @DisplayName("the window still asks for the three materials of 6.1.2")
    void the_window_still_asks() {
      RegistrationNumber n =
          f.register(
                  IntakeFixtures.windowRegistration(
                      IntakeFixtures.ZHANG, "dispute.labour", List.of()))
              .number();
      assertThat(((IntakeDecision.SupplementRequested) f.review(n)).notice().items())
          .extracting(SupplementItem::key)
          .containsExactly("missing:application", "missing:id_card", "missing:registration_form");
    }

    @Test
    @DisplayName("a defect in the source record is a supplement item like any other")
    void a_defective_source_record() {
      RegistrationNumber n = f.register(transfer(Channel.HOTLINE_12345, "R-1")).number();
      IntakeDecision d = f.review(n, new MaterialDefect(1, "来源记录缺少联系方式"));
      assertThat(d).isInstanceOf(IntakeDecision.SupplementRequested.class);
    }

    @Test
    @DisplayName("a deployment sets a channel's materials, which win over the category's")
    void per_channel() {
      MaterialKind photo = new MaterialKind("site_photo", "现场照片");
      IntakeConfiguration config =
          new IntakeConfiguration(
              IntakeFixtures.QINGTIAN,
              CategoryTaxonomy.defaults(),
              MaterialRequirements.defaults()
                  .withCategory("event.public_demand", Set.of(MaterialKind.ID_CARD))
                  .withChannel(Channel.GRID_WORKER, Set.of(MaterialKind.SOURCE_RECORD, photo)),
              RepeatDetectionRule.defaults());
      IntakeFixtures g = new IntakeFixtures(config);
      RegistrationNumber grid = g.register(transfer(Channel.GRID_WORKER, "G-1")).number();
      assertThat(((IntakeDecision.SupplementRequested) g.review(grid)).notice().items())
          .extracting(SupplementItem::key)
          .containsExactly("missing:site_photo");
      RegistrationNumber hotline = g.register(transfer(Channel.HOTLINE_12345, "H-1")).number();
      assertThat(g.review(hotline)).isInstanceOf(IntakeDecision.Accepted.class);
    }
  }

  @Nested
  @DisplayName("the result goes back to the source platform when the matter closes")
  class ClosingTheLoop {

    private final InMemorySourcePlatformGateway platforms =
        new InMemorySourcePlatformGateway(f.clock);
    private final SourcePlatformFeedback feedback = new SourcePlatformFeedback(platforms);

    {
      f.events.subscribe(MatterEvent.class, feedback::onMatterEvent);
    }

    private RegistrationNumber closed(RegisterMatterUseCase.RegistrationReceipt r) {
      RegistrationNumber n = r.number();
      f.review(n);
      f.intake.startHandling(
          new StartHandlingUseCase.Command(
              n, new Handling(Handling.Track.EVENT_HANDLING, n.toString()), CLERK));
      f.intake.close(
          new CloseMatterUseCase.Command(
              n, new MatterResult(MatterResult.Outcome.RESOLVED, "路灯已修复"), CLERK));
      return n;
    }

    @Test
    @DisplayName("closing a transferred matter reports its result to that platform once")
    void reported_once() {
      RegistrationNumber n = closed(f.register(transfer(Channel.HOTLINE_12345, "2026120300042")));
      assertThat(platforms.reportedTo(Channel.HOTLINE_12345))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.source().reference()).isEqualTo("2026120300042");
                assertThat(r.matter()).isEqualTo(n);
                assertThat(r.round()).isEqualTo(1);
                assertThat(r.summary()).isEqualTo("路灯已修复");
              });
      MatterEvent close = f.events.published(MatterEvent.class).getLast();
      feedback.onMatterEvent(close);
      assertThat(platforms.reported())
          .as("a redelivered close event is not reported twice")
          .hasSize(1);
    }

    @Test
    @DisplayName("a window matter has no platform to report to")
    void window_matters_are_not_reported() {
      closed(
          f.register(
              IntakeFixtures.windowRegistration(
                  IntakeFixtures.ZHANG, "event.public_demand", IntakeFixtures.ALL_MATERIALS)));
      assertThat(platforms.reported()).isEmpty();
    }

    @Test
    @DisplayName("a reopened matter that closes again is reported again as round 2")
    void reopened_rounds() {
      RegistrationNumber n = closed(f.register(transfer(Channel.POLICE_110, "110-77")));
      f.intake.reopen(new ReopenMatterUseCase.Command(n, "群众不满意", CLERK));
      f.intake.close(
          new CloseMatterUseCase.Command(
              n, new MatterResult(MatterResult.Outcome.RESOLVED, "复查后已解决"), CLERK));
      assertThat(platforms.reported()).extracting(TransferResult::round).containsExactly(1, 2);
    }

    @Test
    @DisplayName(
        "a platform that is down stops neither the close nor other reports; retry sends it")
    void a_failing_platform() {
      java.util.concurrent.atomic.AtomicBoolean down =
          new java.util.concurrent.atomic.AtomicBoolean(true);
      SourcePlatformGateway flaky =
          new SourcePlatformGateway() {
            @Override
            public Delivery report(TransferResult r) {
              if (down.get() && r.source().system() == Channel.ZHELIFANG) {
                throw new IllegalStateException("浙里访 unreachable");
              }
              return platforms.report(r);
            }
          };
      SourcePlatformFeedback fb = new SourcePlatformFeedback(flaky);
      IntakeFixtures g = new IntakeFixtures();
      g.events.subscribe(MatterEvent.class, fb::onMatterEvent);
      for (RegisterMatterUseCase.RegistrationReceipt r :
          List.of(
              g.register(transfer(Channel.ZHELIFANG, "ZLF-1")),
              g.register(transfer(Channel.HOTLINE_96345, "96345-1")))) {
        RegistrationNumber n = r.number();
        g.review(n);
        g.intake.startHandling(
            new StartHandlingUseCase.Command(
                n, new Handling(Handling.Track.EVENT_HANDLING, n.toString()), CLERK));
        g.intake.close(
            new CloseMatterUseCase.Command(
                n, new MatterResult(MatterResult.Outcome.ANSWERED, "已答复"), CLERK));
        assertThat(g.matter(n).state()).isEqualTo(MatterState.CLOSED);
      }
      assertThat(platforms.reportedTo(Channel.HOTLINE_96345)).hasSize(1);
      assertThat(fb.failures())
          .singleElement()
          .satisfies(x -> assertThat(x.reason()).contains("unreachable"));
      assertThat(fb.retryFailed()).as("still down").hasSize(1);
      down.set(false);
      assertThat(fb.retryFailed()).isEmpty();
      assertThat(platforms.reportedTo(Channel.ZHELIFANG)).hasSize(1);
    }
  }
}
