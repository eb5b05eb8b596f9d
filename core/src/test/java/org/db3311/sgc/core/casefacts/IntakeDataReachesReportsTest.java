package org.db3311.sgc.core.casefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.casefacts.CaseworkRig.CLERK;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DomainEvent;
import org.db3311.sgc.core.common.MutableClock;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.risk.CollectedItem;
import org.db3311.sgc.core.risk.InMemoryDailyCollectionStore;
import org.db3311.sgc.core.risk.RiskReportService;
import org.db3311.sgc.core.risk.RiskReportSettings;
import org.db3311.sgc.core.risk.report.InMemoryReportDossierRepository;
import org.db3311.sgc.core.risk.report.Report;
import org.db3311.sgc.core.risk.report.Table;
import org.db3311.sgc.core.warning.InMemoryWarningRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What intake records — when it happened, the township and village, the cause — reaches the facts
 * and the reports, so 成因 and 地域 are not empty in real use (6.4.1.1, 6.4.1.2).
 */
@Implements({"6.4.1.1", "6.4.1.2"})
class IntakeDataReachesReportsTest {

  static final Party WORKER = Party.Citizen.of("张三", "11010519491231002X", "13905781234");
  static final Party FIRM = Party.Organisation.of("丽水某建筑有限公司", "91512081MA62K0260E", null);

  /** Tuesday 2026-12-29, in ISO week 2026-W53, which runs into 2027. */
  final CaseworkRig rig = new CaseworkRig("2026-12-29T09:00");

  RegistrationNumber register(Registration r) {
    return rig.intake.register(new RegisterMatterUseCase.Command(r, CLERK)).number();
  }

  Registration wageDispute() {
    return CaseworkRig.dispute(WORKER, FIRM, "dispute.labour")
        .at(Place.coded("331121001", "331121001002", "鹤城街道", "鹤城街道某工地"))
        .occurred(Instant.parse("2026-12-27T01:00:00Z"))
        .withCause("wage_arrears");
  }

  @Test
  @DisplayName("time of occurrence, township, village and cause are recorded and reach the fact")
  void recorded_and_projected() {
    RegistrationNumber n = register(wageDispute());
    MatterFact f = rig.facts.find(MatterId.of(n.toString())).orElseThrow();
    assertThat(f.occurredAt()).isEqualTo(Instant.parse("2026-12-27T01:00:00Z"));
    assertThat(f.cause()).isEqualTo("wage_arrears");
    assertThat(f.township()).contains(AreaCode.of("331121001"));
    assertThat(f.village()).contains(AreaCode.of("331121001002"));
    assertThat(f.placeLabel()).isEqualTo("331121001 鹤城街道");
  }

  @Test
  @DisplayName("a cause outside the taxonomy, an unknown township or a future time is refused")
  void checked_at_intake() {
    assertThatThrownBy(() -> register(wageDispute().withCause("bad_luck")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad_luck");
    assertThatThrownBy(
            () -> register(wageDispute().at(Place.coded("331121999", null, "无此镇", "某地"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("331121999");
    assertThatThrownBy(
            () -> register(wageDispute().occurred(Instant.parse("2027-01-05T00:00:00Z"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Place.coded("331121001", "331122001001", "鹤城街道", "某地"))
        .as("a village outside the township")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the week's report counts by cause and by township, across the year boundary")
  void weekly_by_cause_and_place() {
    register(wageDispute());
    register(wageDispute());
    register(
        CaseworkRig.event(WORKER, "event.public_demand")
            .at(Place.coded("331121101", null, "温溪镇", "温溪镇某桥"))
            .withCause("public_service"));
    register(CaseworkRig.event(WORKER, "event.public_demand"));
    RiskReportService reports =
        new RiskReportService(
            rig.facts,
            new InMemoryWarningRepository(),
            List::of,
            new InMemoryDailyCollectionStore(),
            new InMemoryReportDossierRepository(),
            RiskReportSettings.defaults(MutableClock.ZONE, UnitId.of("center.risk")),
            rig.events,
            rig.audit,
            Clock.fixed(Instant.parse("2027-01-04T02:00:00Z"), MutableClock.ZONE));

    Report weekly = reports.draftWeekly(LocalDate.of(2027, 1, 1)).report();

    assertThat(weekly.subject()).isEqualTo("2026-W53");
    Table causes = weekly.section("成因").orElseThrow().tables().get(0);
    assertThat(causes.rows())
        .extracting(r -> r.get(0) + "=" + r.get(1))
        .containsExactly("wage_arrears=2", "public_service=1", "unspecified=1");
    Table places = weekly.section("地域").orElseThrow().tables().get(0);
    assertThat(places.rows())
        .extracting(r -> r.get(0) + "=" + r.get(1))
        .containsExactly("331121001 鹤城街道=2", "331121 (乡镇未登记)=1", "331121101 温溪镇=1");
    List<CollectedItem> day = reports.collect(LocalDate.of(2026, 12, 29)).registered();
    assertThat(day)
        .filteredOn(i -> i.cause().equals("wage_arrears"))
        .allSatisfy(
            i -> {
              assertThat(i.occurredAt()).isEqualTo(Instant.parse("2026-12-27T01:00:00Z"));
              assertThat(i.village()).contains(AreaCode.of("331121001002"));
            })
        .hasSize(2);
  }

  @Test
  @DisplayName(
      "a matter whose fact cannot be made is reported; the projection goes on with the rest")
  void one_bad_matter_does_not_stop_the_projection() {
    RegistrationNumber good = register(wageDispute());
    List<DomainEvent> log = rig.events.published();
    MatterEvent registered = rig.events.published(MatterEvent.class).getFirst();
    MatterSnapshot s = registered.matter();
    // an imported matter whose registration time lies before the time it happened
    RegistrationNumber badNumber =
        new RegistrationNumber(CaseworkRig.COUNTY, LocalDate.of(2026, 12, 1), 99);
    MatterSnapshot broken =
        new MatterSnapshot(
            badNumber,
            s.registration().occurred(Instant.parse("2026-12-29T00:00:00Z")),
            s.kind(),
            Instant.parse("2026-12-01T00:00:00Z"),
            s.state(),
            s.materials(),
            s.notices(),
            s.refusal(),
            s.withdrawalReason(),
            s.links(),
            s.flags(),
            s.warnings(),
            s.handling(),
            s.result(),
            s.closedAt(),
            s.reopenCount());
    MatterEvent bad =
        new MatterEvent(
            badNumber,
            registered.version(),
            registered.action(),
            registered.from(),
            registered.to(),
            registered.actor(),
            Instant.parse("2026-12-01T00:00:00Z"),
            "imported",
            broken);
    CaseworkRig.Replay replay = rig.replayer();
    List<DomainEvent> withBad = new java.util.ArrayList<>();
    withBad.add(bad);
    withBad.addAll(log);

    replay.projection().replay(withBad);

    assertThat(replay.projection().failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.matter()).isEqualTo(badNumber);
              assertThat(f.reason()).contains("registered before it occurred");
            });
    assertThat(replay.facts().find(MatterId.of(good.toString()))).isPresent();
    assertThat(replay.facts().find(MatterId.of(badNumber.toString()))).isEmpty();
    assertThat(rig.projection.failures()).as("the live projection met no bad matter").isEmpty();
  }
}
