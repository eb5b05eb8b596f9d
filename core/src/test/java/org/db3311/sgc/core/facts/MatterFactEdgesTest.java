package org.db3311.sgc.core.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryUnitOfWork;
import org.db3311.sgc.core.common.UnitId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The read model's invariants one by one: each impossible history is refused naming the matter, and
 * the possible one just beside it is kept; where a matter arose; what the builder carries.
 */
@DisplayName("Matter facts: each invariant on both sides")
class MatterFactEdgesTest {

  static final Instant T = Instant.parse("2025-03-03T01:00:00Z");
  static final String ID = "331121-20250303-0001";
  static final DivisionCode QINGTIAN = DivisionCode.of("331121");
  static final AreaCode WENXI = AreaCode.of("331121101");
  static final AreaCode WENXI_VILLAGE = AreaCode.of("331121101201");
  static final AreaCode OTHER_TOWNSHIP = AreaCode.of("331121102");
  static final AreaCode OTHER_COUNTY_TOWNSHIP = AreaCode.of("331102001");
  static final UnitId HRSS = UnitId.of("county.hrss");
  static final UnitId TOWN = UnitId.of("wenxi-town");

  static MatterFact.Builder base() {
    return MatterFact.registered(MatterId.of(ID), MatterKind.DISPUTE, "劳动争议", QINGTIAN, T);
  }

  private static void refused(UnaryOperator<MatterFact.Builder> change, String because) {
    assertThatThrownBy(() -> change.apply(base()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ID)
        .hasMessageContaining(because);
  }

  /** The canonical constructor with the given pieces changed, the rest from {@code f}. */
  private static MatterFact copy(
      MatterFact f,
      Optional<Instant> responseDueAt,
      Optional<Instant> closedAt,
      Optional<Outcome> outcome,
      Optional<SurveyResponse> survey,
      List<Assignment> assignments,
      List<SurveyResponse> surveys) {
    return new MatterFact(
        f.id(),
        f.kind(),
        f.category(),
        f.cause(),
        f.place(),
        f.township(),
        f.townshipName(),
        f.village(),
        f.channel(),
        f.occurredAt(),
        f.registeredAt(),
        f.acceptedAt(),
        f.handlingUnit(),
        f.assignedAt(),
        responseDueAt,
        f.signedForAt(),
        f.handlingDueAt(),
        closedAt,
        outcome,
        f.handlingMethod(),
        f.applicants(),
        f.partyCount(),
        f.escalation(),
        survey,
        assignments,
        surveys);
  }

  @Test
  @Implements("6.4.1.1")
  @DisplayName("a township lies in the matter's county and is a township; a village in it")
  void where_a_matter_arose() {
    MatterFact inWenxi =
        base().area(Optional.of(WENXI), Optional.of("温溪镇"), Optional.of(WENXI_VILLAGE)).build();
    assertThat(inWenxi.township()).contains(WENXI);
    assertThat(inWenxi.village()).contains(WENXI_VILLAGE);

    refused(
        b -> b.area(Optional.of(OTHER_COUNTY_TOWNSHIP), Optional.empty(), Optional.empty()),
        "not in 331121");
    refused(
        b -> b.area(Optional.of(WENXI_VILLAGE), Optional.empty(), Optional.empty()),
        "not in 331121");
    refused(
        b -> b.area(Optional.of(WENXI), Optional.empty(), Optional.of(WENXI)),
        "not in its township");
    refused(
        b -> b.area(Optional.of(OTHER_TOWNSHIP), Optional.empty(), Optional.of(WENXI_VILLAGE)),
        "not in its township");
    refused(
        b -> b.area(Optional.empty(), Optional.empty(), Optional.of(WENXI_VILLAGE)),
        "not in its township");
  }

  @Test
  @Implements("6.4.1.1")
  @DisplayName("reports count a matter under its township and name, else the county marked 乡镇未登记")
  void place_label() {
    assertThat(base().area(Optional.of(WENXI), Optional.of("温溪镇"), Optional.empty()).build())
        .extracting(MatterFact::placeLabel)
        .isEqualTo("331121101 温溪镇");
    assertThat(base().area(Optional.of(WENXI), Optional.empty(), Optional.empty()).build())
        .extracting(MatterFact::placeLabel)
        .isEqualTo("331121101");
    assertThat(base().build().placeLabel()).isEqualTo("331121 (乡镇未登记)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  @DisplayName("category, cause and handling method are never blank")
  void words_are_not_blank(String blank) {
    refused(b -> b.cause(blank), "cause is not blank");
    refused(b -> b.handlingMethod(blank), "handlingMethod is not blank");
    assertThatThrownBy(
            () ->
                MatterFact.registered(MatterId.of(ID), MatterKind.DISPUTE, blank, QINGTIAN, T)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("category is not blank");
    assertThat(base().build().cause()).isEqualTo(MatterFact.UNSPECIFIED);
    assertThat(base().build().handlingMethod()).isEqualTo("pending");
  }

  @Test
  @DisplayName(
      "accepted, closed and signed for no earlier than what they follow; the same instant is"
          + " possible")
  void instants_follow_each_other() {
    assertThat(base().accepted(T).build().acceptedAt()).contains(T);
    refused(b -> b.accepted(T.minusSeconds(1)), "accepted before it was registered");
    assertThat(base().closed(T, Outcome.WITHDRAWN).build().closedAt()).contains(T);
    refused(b -> b.closed(T.minusSeconds(1), Outcome.WITHDRAWN), "closed before it was registered");
    assertThat(base().occurredAt(T).build().occurredAt()).isEqualTo(T);
    assertThat(base().occurredAt(T.minusSeconds(86_400)).build().occurredAt())
        .isEqualTo(T.minusSeconds(86_400));
    Instant at = T.plusSeconds(60);
    assertThat(base().assigned(HRSS, at, at.plusSeconds(3600)).signedFor(at).build().signedForAt())
        .contains(at);
    refused(
        b -> b.assigned(HRSS, at, at.plusSeconds(3600)).signedFor(at.minusSeconds(1)),
        "signed for before it was assigned");
  }

  @Test
  @DisplayName("a closed matter has an outcome and an open one none")
  void closed_has_an_outcome() {
    MatterFact open = base().build();
    MatterFact closed = base().closed(T.plusSeconds(60), Outcome.RESOLVED).build();
    assertThat(closed.isClosed()).isTrue();
    assertThat(open.isClosed()).isFalse();
    assertThatThrownBy(
            () ->
                copy(
                    open,
                    Optional.empty(),
                    Optional.of(T.plusSeconds(60)),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a closed matter has an outcome");
    assertThatThrownBy(
            () ->
                copy(
                    open,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(Outcome.RESOLVED),
                    Optional.empty(),
                    List.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a closed matter has an outcome");
  }

  @Test
  @DisplayName("a sign-for deadline only comes with an assignment")
  void deadline_without_assignment_is_refused() {
    assertThatThrownBy(
            () ->
                copy(
                    base().build(),
                    Optional.of(T.plusSeconds(3600)),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without assignment");
  }

  @Test
  @DisplayName("at least one party, and never fewer than the applicants; as many is possible")
  void party_count() {
    Set<PersonKey> two = Set.of(PersonKey.of("a"), PersonKey.of("b"));
    refused(b -> b.partyCount(0), "party count 0 below the 0 applicants");
    assertThat(base().partyCount(1).build().partyCount()).isEqualTo(1);
    assertThat(base().applicants(two).build().partyCount()).isEqualTo(2);
    assertThat(base().partyCount(5).applicants(two).build().partyCount())
        .as("a group dispute keeps its larger count when applicants are named")
        .isEqualTo(5);
    refused(b -> b.applicants(two).partyCount(1), "party count 1 below the 2 applicants");
  }

  @Test
  @Implements("6.4.1.1")
  @DisplayName(
      "ruling R8 — hand-overs and survey rounds are kept oldest first, the last the current")
  void histories_oldest_first() {
    Instant first = T.plusSeconds(60);
    Instant second = T.plusSeconds(7200);
    Assignment earlier = new Assignment(TOWN, first, first.plusSeconds(3600), Optional.of(first));
    MatterFact moved =
        base().earlierAssignment(earlier).assigned(HRSS, second, second.plusSeconds(3600)).build();
    assertThat(moved.assignments())
        .containsExactly(
            earlier, new Assignment(HRSS, second, second.plusSeconds(3600), Optional.empty()));
    assertThat(moved.handlingUnit()).contains(HRSS);
    assertThat(
            base()
                .earlierAssignment(earlier)
                .assigned(HRSS, first, first.plusSeconds(60))
                .build()
                .assignments())
        .as("two hand-overs in the same instant")
        .hasSize(2);
    refused(
        b -> b.earlierAssignment(earlier).assigned(HRSS, first.minusSeconds(1), second),
        "assignments are kept oldest first");
    refused(b -> b.earlierAssignment(earlier), "the last assignment is the current one");

    MatterFact twoRounds =
        base()
            .earlierSurvey(SurveyAnswer.DISSATISFIED, first)
            .survey(SurveyAnswer.SATISFIED, second)
            .build();
    assertThat(twoRounds.surveys())
        .containsExactly(
            new SurveyResponse(SurveyAnswer.DISSATISFIED, first),
            new SurveyResponse(SurveyAnswer.SATISFIED, second));
    assertThat(twoRounds.survey()).contains(new SurveyResponse(SurveyAnswer.SATISFIED, second));
    assertThat(
            base()
                .earlierSurvey(SurveyAnswer.DISSATISFIED, first)
                .survey(SurveyAnswer.SATISFIED, first)
                .build()
                .surveys())
        .hasSize(2);
    refused(
        b ->
            b.earlierSurvey(SurveyAnswer.DISSATISFIED, second)
                .survey(SurveyAnswer.SATISFIED, first),
        "survey answers are kept oldest first");
    assertThatThrownBy(
            () ->
                copy(
                    base().build(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(new SurveyResponse(SurveyAnswer.SATISFIED, first)),
                    List.of(),
                    List.of(new SurveyResponse(SurveyAnswer.DISSATISFIED, first))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the latest survey answer is the last one");
  }

  @Test
  @DisplayName("the short constructor makes the histories from the current assignment and answer")
  void short_constructor() {
    Instant at = T.plusSeconds(60);
    SurveyResponse answer = new SurveyResponse(SurveyAnswer.BASICALLY_SATISFIED, at);
    MatterFact f =
        new MatterFact(
            MatterId.of(ID),
            MatterKind.PETITION,
            "征地拆迁",
            MatterFact.UNSPECIFIED,
            QINGTIAN,
            IntakeChannel.HOTLINE_12345,
            T,
            T,
            Optional.of(T),
            Optional.of(HRSS),
            Optional.of(at),
            Optional.of(at.plusSeconds(3600)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "部门处置",
            Set.of(),
            1,
            EscalationLevel.COUNTY_DEPARTMENT,
            Optional.of(answer));
    assertThat(f.assignments())
        .containsExactly(new Assignment(HRSS, at, at.plusSeconds(3600), Optional.empty()));
    assertThat(f.surveys()).containsExactly(answer);
    assertThat(f.township()).isEmpty();
  }

  @Test
  @DisplayName("a builder made from a fact gives back the same fact, every field included")
  void to_builder_round_trip() {
    Instant first = T.plusSeconds(60);
    Instant second = T.plusSeconds(7200);
    MatterFact f =
        base()
            .cause("wage_arrears")
            .area(Optional.of(WENXI), Optional.of("温溪镇"), Optional.of(WENXI_VILLAGE))
            .channel(IntakeChannel.GRID_WORKER)
            .occurredAt(T.minusSeconds(3600))
            .accepted(first)
            .earlierAssignment(
                new Assignment(TOWN, first, first.plusSeconds(60), Optional.of(first)))
            .assigned(HRSS, second, second.plusSeconds(3600))
            .signedFor(second.plusSeconds(10))
            .handlingDue(second.plusSeconds(86_400))
            .handlingMethod("部门处置")
            .applicants(Set.of(PersonKey.of("p1")))
            .partyCount(3)
            .escalation(EscalationLevel.COUNTY_LEADER)
            .earlierSurvey(SurveyAnswer.DISSATISFIED, second.plusSeconds(20))
            .closed(second.plusSeconds(100), Outcome.REFERRED)
            .survey(SurveyAnswer.SATISFIED, second.plusSeconds(200))
            .build();

    assertThat(f.toBuilder().build()).isEqualTo(f);
    assertThat(f.cause()).isEqualTo("wage_arrears");
    assertThat(f.townshipName()).contains("温溪镇");
    assertThat(f.channel()).isEqualTo(IntakeChannel.GRID_WORKER);
    assertThat(f.occurredAt()).isEqualTo(T.minusSeconds(3600));
    assertThat(f.handlingDueAt()).contains(second.plusSeconds(86_400));
    assertThat(f.handlingMethod()).isEqualTo("部门处置");
    assertThat(f.partyCount()).isEqualTo(3);
    assertThat(f.escalation()).isEqualTo(EscalationLevel.COUNTY_LEADER);
    assertThat(f.outcome()).contains(Outcome.REFERRED);
    assertThat(f.assignments()).hasSize(2);
    assertThat(f.surveys()).hasSize(2);
    MatterFact reopened = f.toBuilder().reopened().build();
    assertThat(reopened.closedAt()).isEmpty();
    assertThat(reopened.outcome()).isEmpty();
    assertThat(reopened.assignments()).isEqualTo(f.assignments());
  }

  @Test
  @DisplayName("ids and person keys are never blank; ids order by their text")
  void ids_and_keys() {
    for (String blank : new String[] {null, "", " "}) {
      assertThatThrownBy(() -> MatterId.of(blank)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> PersonKey.of(blank)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(MatterId.of("A").compareTo(MatterId.of("B"))).isNegative();
    assertThat(MatterId.of("B").compareTo(MatterId.of("A"))).isPositive();
    assertThat(MatterId.of("A").compareTo(MatterId.of("A"))).isZero();
    assertThat(MatterId.of(ID)).hasToString(ID);
    assertThat(PersonKey.of("k").value()).isEqualTo("k");
    assertThatThrownBy(() -> new Assignment(HRSS, T, T, Optional.of(T.minusSeconds(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signed for before it was assigned");
    assertThat(new Assignment(HRSS, T, T, Optional.of(T)).signedForAt()).contains(T);
  }

  @Test
  @DisplayName("facts registered in [from, to): the start included, the end not")
  void registered_between_is_half_open() {
    MatterFact atStart = fact("M1", T);
    MatterFact justBeforeEnd = fact("M2", T.plusSeconds(3599));
    MatterFact atEnd = fact("M3", T.plusSeconds(3600));
    MatterFact before = fact("M4", T.minusSeconds(1));
    InMemoryCaseFactSource source =
        new InMemoryCaseFactSource(List.of(atStart, justBeforeEnd, atEnd, before));
    assertThat(source.registeredBetween(T, T.plusSeconds(3600)))
        .containsExactlyInAnyOrder(atStart, justBeforeEnd);
    assertThat(source.all()).hasSize(4);
  }

  @Test
  @DisplayName("undoing a failed unit of work keeps a fact written since by someone else")
  void undo_keeps_a_later_write() throws Exception {
    MatterFact before = fact("M1", T);
    MatterFact inFailedWork = before.toBuilder().cause("in-failed-work").build();
    MatterFact bySomeoneElse = before.toBuilder().cause("by-someone-else").build();
    InMemoryCaseFactSource source = new InMemoryCaseFactSource(List.of(before));
    assertThatThrownBy(
            () ->
                new InMemoryUnitOfWork()
                    .inTransaction(
                        () -> {
                          source.upsert(inFailedWork);
                          // another thread has no unit of work open: its write is final at once
                          Thread other = new Thread(() -> source.upsert(bySomeoneElse));
                          other.start();
                          try {
                            other.join();
                          } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                          }
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    assertThat(source.find(MatterId.of("M1"))).contains(bySomeoneElse);
  }

  private static MatterFact fact(String id, Instant registeredAt) {
    return MatterFact.registered(
            MatterId.of(id), MatterKind.DISPUTE, "劳动争议", QINGTIAN, registeredAt)
        .build();
  }
}
