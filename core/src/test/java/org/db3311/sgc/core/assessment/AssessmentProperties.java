package org.db3311.sgc.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.fixture.CenterProfileArbitraries;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.DisplayComponent;
import org.db3311.sgc.core.assessment.profile.Facility;
import org.db3311.sgc.core.assessment.profile.FunctionalDevice;
import org.db3311.sgc.core.assessment.profile.Hardware;
import org.db3311.sgc.core.assessment.profile.HardwareRoom;
import org.db3311.sgc.core.assessment.profile.HardwareSystem;
import org.db3311.sgc.core.assessment.profile.NetworkEquipment;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.assessment.profile.VideoConference;
import org.db3311.sgc.core.assessment.profile.VideoConferenceComponent;
import org.db3311.sgc.core.assessment.rule.CenterRule;
import org.db3311.sgc.core.assessment.rule.CenterRules;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;

/** Properties of the assessment that hold for every center and every assessment day. */
class AssessmentProperties {

  private final Assessor assessor = Assessor.standard();

  /** A named change that only adds to a center. */
  record Addition(String description, UnaryOperator<CenterProfile> change) {
    @Override
    public String toString() {
      return description;
    }
  }

  record Scenario(LocalDate day, List<Addition> additions) {}

  @Property(tries = 300)
  @Label(
      "adding area, units, facilities, equipment or valid attestations never creates a new non-conformity")
  @Implements({"5.1.1.2", "A.1.1", "A.1.2", "5.2", "8.1.2", "8.1.3", "8.1.4", "R4", "R6"})
  void monotonicity(@ForAll("profiles") CenterProfile center, @ForAll("scenarios") Scenario s) {
    CenterProfile grown = center;
    for (Addition a : s.additions()) {
      grown = a.change().apply(grown);
    }
    AssessmentReport before = assessor.assess(center, s.day());
    AssessmentReport after = assessor.assess(grown, s.day());
    assertThat(clauses(after, Verdict.NONCONFORMS))
        .isSubsetOf(clauses(before, Verdict.NONCONFORMS));
    Set<ClauseId> gapsBefore = clauses(before, Verdict.NONCONFORMS);
    gapsBefore.addAll(clauses(before, Verdict.EVIDENCE_MISSING));
    Set<ClauseId> gapsAfter = clauses(after, Verdict.NONCONFORMS);
    gapsAfter.addAll(clauses(after, Verdict.EVIDENCE_MISSING));
    assertThat(gapsAfter).isSubsetOf(gapsBefore);
    assertThat(after.overall().compareTo(before.overall())).isLessThanOrEqualTo(0);
  }

  @Property(tries = 300)
  @Label(
      "the report has exactly one finding per clause with a rule, not applicable exactly where the clause does not apply")
  @Implements({"R1"})
  void one_finding_per_applicable_clause(
      @ForAll("profiles") CenterProfile center, @ForAll("days") LocalDate day) {
    AssessmentReport report = assessor.assess(center, day);
    List<ClauseId> clauses = report.findings().stream().map(Finding::clause).toList();
    assertThat(clauses).containsExactlyElementsOf(CenterRules.standard().clauses());
    Set<ClauseId> applicable = new TreeSet<>();
    for (CenterRule rule : CenterRules.standard().all()) {
      if (rule.appliesTo(center)) {
        applicable.add(rule.clause());
      }
    }
    assertThat(report.applicableFindings())
        .extracting(Finding::clause)
        .containsExactlyElementsOf(applicable);
    String mine = center.tier() == Tier.TIER_1 ? "A.1.1" : "A.1.2";
    String other = center.tier() == Tier.TIER_1 ? "A.1.2" : "A.1.1";
    assertThat(applicable).contains(ClauseId.of(mine)).doesNotContain(ClauseId.of(other));
  }

  @Property(tries = 200)
  @Label("the overall verdict is non-conformant exactly when a mandatory clause has a gap")
  void overall_verdict_follows_the_findings(
      @ForAll("profiles") CenterProfile center, @ForAll("days") LocalDate day) {
    AssessmentReport report = assessor.assess(center, day);
    boolean mandatoryGap = report.findings().stream().anyMatch(Finding::isMandatoryGap);
    boolean anyGap = report.findings().stream().anyMatch(f -> f.verdict().isGap());
    OverallVerdict expected =
        mandatoryGap
            ? OverallVerdict.NON_CONFORMANT
            : anyGap ? OverallVerdict.CONFORMANT_WITH_OBSERVATIONS : OverallVerdict.CONFORMANT;
    assertThat(report.overall()).isEqualTo(expected);
    assertThat(report.findings())
        .allSatisfy(
            f -> {
              assertThat(f.messageZh()).isNotBlank();
              assertThat(f.messageEn()).isNotBlank();
              if (f.verdict() == Verdict.ADVISORY) {
                assertThat(f.level().isMandatory()).isFalse();
              }
            });
  }

  @Property(tries = 200)
  @Label("assessing is deterministic: the same center on the same day gives the same findings")
  void deterministic(@ForAll("profiles") CenterProfile center, @ForAll("days") LocalDate day) {
    assertThat(assessor.assess(center, day).findings())
        .isEqualTo(assessor.assess(center.toBuilder().build(), day).findings());
  }

  @Property(tries = 300)
  @Label("5.1.1.2: the floor area conforms exactly when it reaches the declared tier's minimum")
  @Implements({"5.1.1.2", "R1"})
  void floor_area_threshold(@ForAll("profiles") CenterProfile center) {
    BigDecimal minimum = new BigDecimal(center.tier() == Tier.TIER_1 ? "3000" : "2000");
    Verdict v =
        assessor
            .assess(center, LocalDate.of(2025, 6, 30))
            .finding("5.1.1.2")
            .orElseThrow()
            .verdict();
    assertThat(v == Verdict.CONFORMS).isEqualTo(center.totalFloorArea().compareTo(minimum) >= 0);
  }

  @Provide
  Arbitrary<CenterProfile> profiles() {
    return CenterProfileArbitraries.profiles();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return CenterProfileArbitraries.days();
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return CenterProfileArbitraries.days()
        .flatMap(day -> additions(day).list().ofMaxSize(6).map(list -> new Scenario(day, list)));
  }

  private static Arbitrary<Addition> additions(LocalDate day) {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals()
            .between(BigDecimal.ZERO, new BigDecimal("2000"))
            .ofScale(2)
            .map(
                x ->
                    new Addition(
                        "area +" + x,
                        p -> p.toBuilder().totalFloorArea(p.totalFloorArea().add(x)).build())),
        CenterProfileArbitraries.units()
            .map(u -> new Addition("unit " + u, p -> p.toBuilder().addUnit(u).build())),
        Arbitraries.of(Facility.class)
            .map(
                f ->
                    new Addition(
                        "facility " + f,
                        p -> p.toBuilder().facilities(plus(p.facilities(), f)).build())),
        equipment(),
        CenterProfileArbitraries.validAttestations(day)
            .map(
                a ->
                    new Addition(
                        "attestation " + a, p -> p.toBuilder().addAttestation(a).build())));
  }

  private static Arbitrary<Addition> equipment() {
    return Arbitraries.oneOf(
        Arbitraries.of(HardwareRoom.class)
            .map(
                x ->
                    hw(
                        "room " + x,
                        h ->
                            new Hardware(
                                plus(h.rooms(), x),
                                h.systems(),
                                h.bandwidthMbps(),
                                h.networkEquipment(),
                                h.displays(),
                                h.displayComponents(),
                                h.videoConference(),
                                h.functionalDevices()))),
        Arbitraries.of(HardwareSystem.class)
            .map(
                x ->
                    hw(
                        "system " + x,
                        h ->
                            new Hardware(
                                h.rooms(),
                                plus(h.systems(), x),
                                h.bandwidthMbps(),
                                h.networkEquipment(),
                                h.displays(),
                                h.displayComponents(),
                                h.videoConference(),
                                h.functionalDevices()))),
        Arbitraries.bigDecimals()
            .between(BigDecimal.ONE, new BigDecimal("500"))
            .map(
                x ->
                    hw(
                        "bandwidth +" + x,
                        h ->
                            new Hardware(
                                h.rooms(),
                                h.systems(),
                                Optional.of(h.bandwidthMbps().orElse(BigDecimal.ZERO).add(x)),
                                h.networkEquipment(),
                                h.displays(),
                                h.displayComponents(),
                                h.videoConference(),
                                h.functionalDevices()))),
        Arbitraries.of(NetworkEquipment.class)
            .map(
                x ->
                    hw(
                        "network " + x,
                        h ->
                            new Hardware(
                                h.rooms(),
                                h.systems(),
                                h.bandwidthMbps(),
                                plus(h.networkEquipment(), x),
                                h.displays(),
                                h.displayComponents(),
                                h.videoConference(),
                                h.functionalDevices()))),
        CenterProfileArbitraries.displays()
            .map(
                x ->
                    hw(
                        "display " + x,
                        h ->
                            new Hardware(
                                h.rooms(),
                                h.systems(),
                                h.bandwidthMbps(),
                                h.networkEquipment(),
                                plus(h.displays(), x),
                                h.displayComponents(),
                                h.videoConference(),
                                h.functionalDevices()))),
        Arbitraries.of(DisplayComponent.class)
            .map(
                x ->
                    hw(
                        "display part " + x,
                        h ->
                            new Hardware(
                                h.rooms(),
                                h.systems(),
                                h.bandwidthMbps(),
                                h.networkEquipment(),
                                h.displays(),
                                plus(h.displayComponents(), x),
                                h.videoConference(),
                                h.functionalDevices()))),
        Combinators.combine(
                Arbitraries.of(VideoConferenceComponent.class), Arbitraries.of(720, 1080, 2160))
            .as(
                (x, lines) ->
                    hw(
                        "video-conference " + x + " " + lines + "p",
                        h ->
                            new Hardware(
                                h.rooms(),
                                h.systems(),
                                h.bandwidthMbps(),
                                h.networkEquipment(),
                                h.displays(),
                                h.displayComponents(),
                                Optional.of(upgrade(h.videoConference(), x, lines)),
                                h.functionalDevices()))),
        Arbitraries.of(FunctionalDevice.class)
            .map(
                x ->
                    hw(
                        "device " + x,
                        h ->
                            new Hardware(
                                h.rooms(),
                                h.systems(),
                                h.bandwidthMbps(),
                                h.networkEquipment(),
                                h.displays(),
                                h.displayComponents(),
                                h.videoConference(),
                                plus(h.functionalDevices(), x)))));
  }

  private static VideoConference upgrade(
      Optional<VideoConference> current, VideoConferenceComponent part, int lines) {
    if (current.isEmpty()) {
      return new VideoConference(lines, Set.of(part));
    }
    VideoConference vc = current.get();
    return new VideoConference(Math.max(lines, vc.progressiveLines()), plus(vc.components(), part));
  }

  private static Addition hw(String description, UnaryOperator<Hardware> change) {
    return new Addition(
        description, p -> p.toBuilder().hardware(change.apply(p.hardware())).build());
  }

  private static <E> Set<E> plus(Set<E> set, E e) {
    Set<E> result = new HashSet<>(set);
    result.add(e);
    return result;
  }

  private static <E> List<E> plus(Collection<E> list, E e) {
    List<E> result = new ArrayList<>(list);
    result.add(e);
    return result;
  }

  private static Set<ClauseId> clauses(AssessmentReport report, Verdict verdict) {
    Set<ClauseId> result = new TreeSet<>();
    for (Finding f : report.findings()) {
      if (f.verdict() == verdict) {
        result.add(f.clause());
      }
    }
    return result;
  }
}
