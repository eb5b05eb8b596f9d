package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.mediation.MediationFixtures.MEDIATOR;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.db3311.sgc.core.common.Notification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 6.2.1.1.2 由调解人员通过视频等方式组织开展线上调解: scheduling an online session asks the video provider for one join
 * link per participant and hands each link to its holder only.
 */
@Implements("6.2.1.1.2")
class OnlineSessionInvitationTest {

  private final MediationFixtures f = new MediationFixtures();

  /** A provider that records what it was asked, so the request itself can be checked. */
  private final List<VideoRoomRequest> asked = new ArrayList<>();

  private final VideoRoomProvider recording =
      new VideoRoomProvider() {
        @Override
        public VideoRoom open(String reference, Instant startsAt, List<String> participants) {
          return f.rooms.open(reference, startsAt, participants);
        }

        @Override
        public VideoInvitation invite(VideoRoomRequest request) {
          asked.add(request);
          return f.rooms.invite(request);
        }
      };

  private MediationCaseId routed() {
    MediationCaseId id = f.consented("dispute.neighbour");
    f.mediation.route(new RouteMediationUseCase.Command(id, MEDIATOR));
    return id;
  }

  private Session scheduleOnline(MediationService service, MediationCaseId id) {
    return service.schedule(
        new ScheduleSessionUseCase.Command(
            id,
            ScheduleSessionUseCase.Mode.ONLINE,
            f.in.clock.instant().plus(Duration.ofHours(2)),
            Optional.empty(),
            MEDIATOR));
  }

  @Test
  @DisplayName("the mediator who schedules moderates; every party is invited without moderating")
  void the_mediator_moderates_and_the_parties_join() {
    MediationService service =
        new MediationService(
            f.cases,
            f.in.intake,
            f.supervision,
            new MediationConfiguration(
                f.routing, org.db3311.sgc.core.intake.IntakeFixtures.QINGTIAN, "调解室"),
            recording,
            f.notifier,
            f.filing,
            new org.db3311.sgc.core.calendar.HolidayTableCalendar(),
            f.in.events,
            f.in.audit,
            f.in.clock);
    MediationCaseId id = routed();

    scheduleOnline(service, id);

    assertThat(asked)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reference()).isEqualTo(id.toString());
              assertThat(r.participants())
                  .containsExactly(
                      VideoParticipant.mediator("调解员陈"),
                      VideoParticipant.party("张三"),
                      VideoParticipant.party("丽水某建筑有限公司"));
            });
  }

  @Test
  @DisplayName("each join link goes to its holder only, and the case file keeps the room's address")
  void each_link_goes_to_its_holder() {
    MediationCaseId id = routed();
    Session s = scheduleOnline(f.mediation, id);

    VideoRoom room = ((Session.Online) s).room();
    assertThat(room.joinUrl()).doesNotContain("participant=");
    List<Notification> sent = f.notifier.sentAbout(id.toString());
    assertThat(sent).hasSize(3);
    assertThat(sent)
        .allSatisfy(
            n -> {
              assertThat(n.template().orElseThrow().key()).isEqualTo("video-invitation");
              assertThat(n.body()).contains(n.template().get().values().get("url"));
            });

    Notification mediator = sent.get(0);
    assertThat(mediator.channel()).isEqualTo(Notification.Channel.UNIT_INBOX);
    assertThat(mediator.recipient().unit())
        .contains(f.mediation.mediation(id).routing().orElseThrow().venue().lead());
    assertThat(mediator.template().get().values().get("url")).contains("moderator=true");

    Notification worker = sent.get(1);
    assertThat(worker.channel()).isEqualTo(Notification.Channel.SMS);
    assertThat(worker.recipient().phone().orElseThrow().value()).isEqualTo("13905781234");
    assertThat(worker.template().get().values().get("url"))
        .contains("participant=")
        .doesNotContain("moderator");

    Notification firm = sent.get(2);
    assertThat(firm.recipient().name()).isEqualTo("丽水某建筑有限公司");
    assertThat(firm.channel())
        .as("a party without a mobile number finds the link in its web account")
        .isEqualTo(Notification.Channel.WEB);
    assertThat(firm.template().get().values().get("url")).doesNotContain("moderator");

    // the links are credentials: none is kept with the mediation case
    assertThat(f.mediation.mediation(id).snapshot().toString()).doesNotContain("participant=");
  }

  @Test
  @DisplayName("an offline session sends no video link")
  void offline_sends_no_link() {
    MediationCaseId id = routed();
    f.mediation.schedule(
        new ScheduleSessionUseCase.Command(
            id,
            ScheduleSessionUseCase.Mode.OFFLINE,
            f.in.clock.instant().plus(Duration.ofHours(2)),
            Optional.of("张三"),
            MEDIATOR));
    assertThat(f.notifier.sentAbout(id.toString())).isEmpty();
  }

  @Test
  @DisplayName("a session that cannot be scheduled sends no link")
  void a_refused_schedule_sends_nothing() {
    MediationCaseId id = f.consented("dispute.neighbour");
    // not routed yet: the case refuses the session
    assertThatThrownBy(() -> scheduleOnline(f.mediation, id))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(f.notifier.sentAbout(id.toString())).isEmpty();
  }
}
