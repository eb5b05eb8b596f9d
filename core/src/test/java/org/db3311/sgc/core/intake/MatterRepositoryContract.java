package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MatterRepository} adapter must do, the optimistic lock included; extended by
 * the in-memory adapter here and by the persistence adapters.
 */
public abstract class MatterRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");
  private static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.defaults();

  protected abstract MatterRepository newRepository();

  private static long seq = System.nanoTime() % 100_000;

  private static RegistrationNumber nextNumber() {
    return new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 11, 25), ++seq);
  }

  private static Matter matter(Registration r, Instant at) {
    return Matter.register(
        nextNumber(), r, TAXONOMY.get(r.categoryCode()), List.of(), IntakeFixtures.CLERK, at);
  }

  private static Matter windowMatter(Instant at) {
    return matter(
        IntakeFixtures.windowRegistration(
            IntakeFixtures.ZHANG, "dispute.labour", IntakeFixtures.ALL_MATERIALS),
        at);
  }

  @Test
  void a_saved_matter_reads_back_with_everything_it_holds() {
    MatterRepository repo = newRepository();
    Matter m = windowMatter(T0);
    repo.save(m);
    assertThat(m.version()).isEqualTo(new Version(1));
    Matter back = repo.find(m.number()).orElseThrow();
    assertThat(back.snapshot()).isEqualTo(m.snapshot());
    assertThat(back.version()).isEqualTo(new Version(1));
  }

  @Test
  void each_save_moves_the_version_on() {
    MatterRepository repo = newRepository();
    Matter m = windowMatter(T0);
    repo.save(m);
    m.submitMaterials(
        List.of(new Material.Submitted(MaterialKind.APPLICATION, "补充说明")),
        IntakeFixtures.CLERK,
        T0);
    repo.save(m);
    assertThat(repo.find(m.number()).orElseThrow().version()).isEqualTo(new Version(2));
    assertThat(repo.find(m.number()).orElseThrow().materials()).hasSize(4);
  }

  @Test
  void a_stale_save_fails_with_an_optimistic_lock_error() {
    MatterRepository repo = newRepository();
    Matter m = windowMatter(T0);
    repo.save(m);
    Matter first = repo.find(m.number()).orElseThrow();
    Matter second = repo.find(m.number()).orElseThrow();
    first.withdraw("resolved privately", IntakeFixtures.CLERK, T0);
    repo.save(first);
    second.refuse(new Refusal("not ours", "法院"), IntakeFixtures.CLERK, T0);
    assertThatThrownBy(() -> repo.save(second))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageContaining(m.number().toString())
        .hasMessageContaining("version 1")
        .hasMessageContaining("stored version is 2");
    assertThat(repo.find(m.number()).orElseThrow().state()).isEqualTo(MatterState.WITHDRAWN);
  }

  @Test
  void a_new_matter_cannot_overwrite_a_stored_one() {
    MatterRepository repo = newRepository();
    Matter m = windowMatter(T0);
    repo.save(m);
    Matter clash = Matter.fromSnapshot(m.snapshot(), Version.NEW);
    assertThatThrownBy(() -> repo.save(clash)).isInstanceOf(OptimisticLockException.class);
  }

  @Test
  void a_transfer_is_found_by_its_source_reference() {
    MatterRepository repo = newRepository();
    String ref = "12345-" + System.nanoTime();
    Matter m = matter(IntakeFixtures.transfer(Channel.HOTLINE_12345, ref), T0);
    repo.save(m);
    assertThat(repo.findBySource(new SourceReference(Channel.HOTLINE_12345, ref)))
        .map(Matter::number)
        .contains(m.number());
    assertThat(repo.findBySource(new SourceReference(Channel.POLICE_110, ref))).isEmpty();
  }

  @Test
  @org.db3311.sgc.core.catalog.Implements("6.1.1.2.2")
  void a_source_reference_is_taken_once_yet_its_matter_can_change() {
    MatterRepository repo = newRepository();
    String ref = "110-" + System.nanoTime();
    Matter m = matter(IntakeFixtures.transfer(Channel.POLICE_110, ref), T0);
    repo.save(m);
    Matter stored = repo.find(m.number()).orElseThrow();
    stored.withdraw("已自行和解", IntakeFixtures.CLERK, T0);
    repo.save(stored);
    assertThat(repo.find(m.number()).orElseThrow().state()).isEqualTo(MatterState.WITHDRAWN);
    Matter twin = matter(IntakeFixtures.transfer(Channel.POLICE_110, ref), T0);
    assertThatThrownBy(() -> repo.save(twin))
        .isInstanceOf(DuplicateSourceReferenceException.class)
        .hasMessageContaining("110")
        .hasMessageContaining(ref)
        .hasMessageContaining(m.number().toString());
    assertThat(repo.find(twin.number())).isEmpty();
  }

  @Test
  void matters_registered_since_an_instant_come_oldest_first() {
    MatterRepository repo = newRepository();
    Instant base = Instant.parse("2031-01-01T00:00:00Z");
    Matter older = windowMatter(base.minusSeconds(3600));
    Matter newer = windowMatter(base.plusSeconds(60));
    Matter middle = windowMatter(base);
    repo.save(older);
    repo.save(newer);
    repo.save(middle);
    assertThat(repo.registeredSince(base))
        .extracting(Matter::number)
        .containsExactly(middle.number(), newer.number());
  }

  @Test
  void an_unknown_number_finds_nothing() {
    assertThat(newRepository().find(nextNumber())).isEmpty();
  }

  @Test
  @org.db3311.sgc.core.catalog.Implements("6.1.1.1")
  void repeat_candidates_hold_every_matter_the_repeat_rule_links() {
    MatterRepository repo = newRepository();
    Instant base = Instant.parse("2033-05-01T00:00:00Z");
    Party other = Party.Citizen.of("王五", "11010519491231002X", "13905780000");
    Party stranger = Party.Citizen.of("赵六", null, "13905781111");
    Matter sameApplicant =
        matter(
            IntakeFixtures.windowRegistration(
                other, "dispute.neighbour", IntakeFixtures.ALL_MATERIALS),
            base);
    Matter sameArea =
        matter(
            IntakeFixtures.windowRegistration(
                stranger, "dispute.labour", IntakeFixtures.ALL_MATERIALS),
            base.plusSeconds(1));
    Matter unrelated =
        matter(
            IntakeFixtures.windowRegistration(
                Party.Citizen.of("钱七", null, "13905782222"),
                "dispute.neighbour",
                IntakeFixtures.ALL_MATERIALS),
            base.plusSeconds(2));
    Matter tooOld =
        matter(
            IntakeFixtures.windowRegistration(
                other, "dispute.labour", IntakeFixtures.ALL_MATERIALS),
            base.minusSeconds(86_400));
    // the same area by name, the earlier matter's place also coded: the code is kept too
    Matter sameAreaCoded =
        matter(
            IntakeFixtures.windowRegistration(
                    Party.Citizen.of("孙八", null, "13905783333"),
                    "dispute.labour",
                    IntakeFixtures.ALL_MATERIALS)
                .at(Place.coded("331121001", null, "鹤城街道", "青田县鹤城街道某路")),
            base.plusSeconds(2));
    repo.save(sameApplicant);
    repo.save(sameArea);
    repo.save(sameAreaCoded);
    repo.save(unrelated);
    repo.save(tooOld);
    Registration incoming =
        IntakeFixtures.windowRegistration(other, "dispute.labour", IntakeFixtures.ALL_MATERIALS);

    List<RepeatCandidate> found = repo.repeatCandidates(incoming, base);
    List<RegistrationNumber> candidates = found.stream().map(RepeatCandidate::number).toList();

    assertThat(candidates)
        .contains(sameApplicant.number(), sameArea.number(), sameAreaCoded.number());
    assertThat(candidates).doesNotContain(tooOld.number());
    List<RepeatLink> fromCandidates =
        RepeatDetectionRule.defaults()
            .linksFor(incoming, base.plusSeconds(3), repo.repeatCandidates(incoming, base));
    List<RepeatLink> fromAll =
        RepeatDetectionRule.defaults()
            .linksFor(
                incoming,
                base.plusSeconds(3),
                RepeatCandidate.of(repo.registeredSince(base), incoming));
    assertThat(fromCandidates).containsExactlyInAnyOrderElementsOf(fromAll);
    // what the store answers of each candidate is what the matter itself says
    for (RepeatCandidate c : found) {
      assertThat(c).isEqualTo(RepeatCandidate.of(repo.find(c.number()).orElseThrow(), incoming));
    }
    assertThat(found)
        .filteredOn(RepeatCandidate::sameApplicant)
        .extracting(RepeatCandidate::number)
        .containsExactly(sameApplicant.number());
  }
}
