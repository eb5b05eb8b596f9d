package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Ruling R7 for any sequence of submissions and reviews: every item of a later notice either was on
 * the first notice and is still outstanding, or is a defect in material supplied after the first
 * notice.
 */
@Implements({"6.1.1.1", "R7"})
class OneTimeSupplementNoticeProperties {

  private static final MaterialKind EVIDENCE = new MaterialKind("evidence", "证据材料");
  private static final List<MaterialKind> KINDS =
      List.of(
          MaterialKind.ID_CARD, MaterialKind.APPLICATION, MaterialKind.REGISTRATION_FORM, EVIDENCE);
  private static final Set<MaterialKind> REQUIRED = MaterialRequirements.STANDARD_DEFAULT;

  /** One step of the applicant or the clerk. */
  sealed interface Step {
    record Submit(List<Integer> kinds) implements Step {}

    /** Flags as defective the materials at these positions (taken modulo the count). */
    record Review(List<Integer> defects) implements Step {}
  }

  @Property(tries = 500)
  @Label(
      "R7: a later notice lists only outstanding first-notice items or defects in newer material")
  void later_notices_add_nothing_that_was_knowable_at_the_first(
      @ForAll("initialKinds") List<Integer> initial, @ForAll("steps") List<Step> steps) {
    Matter m = register(initial);
    Instant t = Instant.parse("2026-11-25T02:00:00Z");
    for (Step s : steps) {
      t = t.plusSeconds(60);
      switch (s) {
        case Step.Submit sub
            when MatterWorkflow.TABLE.allows(m.state(), MatterAction.SUBMIT_MATERIALS) ->
            m.submitMaterials(
                sub.kinds().stream().map(i -> new Material.Submitted(KINDS.get(i), "m")).toList(),
                IntakeFixtures.CLERK,
                t);
        case Step.Review r when MatterWorkflow.TABLE.allows(m.state(), MatterAction.ACCEPT) -> {
          List<MaterialDefect> defects = new ArrayList<>();
          if (!m.materials().isEmpty()) {
            for (int i : r.defects()) {
              defects.add(
                  new MaterialDefect(m.materials().get(i % m.materials().size()).id(), "不符合要求"));
            }
          }
          m.review(REQUIRED, defects, IntakeFixtures.CLERK, t);
        }
        default -> {}
      }
    }
    List<SupplementNotice> notices = m.notices();
    Statistics.collect(notices.size() > 1 ? "several notices" : "at most one notice");
    if (notices.isEmpty()) {
      return;
    }
    SupplementNotice first = notices.getFirst();
    List<Material> materials = m.materials();
    for (MaterialKind k : REQUIRED) {
      boolean missingAtFirst =
          materials.stream()
              .noneMatch(x -> x.kind().equals(k) && x.id() <= first.lastMaterialSeen());
      if (missingAtFirst) {
        assertThat(first.lists("missing:" + k.code()))
            .as("first notice lists missing " + k)
            .isTrue();
      }
    }
    for (SupplementNotice later : notices.subList(1, notices.size())) {
      for (SupplementItem item : later.items()) {
        boolean newerDefect =
            item.problem() == SupplementItem.Problem.DEFECTIVE
                && item.materialId().get() > first.lastMaterialSeen();
        boolean outstandingFromFirst =
            first.lists(item.key()) && outstanding(item, first, later, materials);
        assertThat(newerDefect || outstandingFromFirst)
            .as("notice %d item %s", later.number(), item.key())
            .isTrue();
      }
    }
  }

  private static boolean outstanding(
      SupplementItem item, SupplementNotice first, SupplementNotice later, List<Material> all) {
    List<Material> atLater = all.stream().filter(x -> x.id() <= later.lastMaterialSeen()).toList();
    return switch (item.problem()) {
      case MISSING -> atLater.stream().noneMatch(x -> x.kind().equals(item.kind()));
      case DEFECTIVE ->
          atLater.stream()
              .noneMatch(x -> x.kind().equals(item.kind()) && x.id() > first.lastMaterialSeen());
    };
  }

  private static Matter register(List<Integer> initial) {
    Registration r =
        IntakeFixtures.windowRegistration(
            IntakeFixtures.ZHANG,
            "dispute.labour",
            initial.stream().map(i -> new Material.Submitted(KINDS.get(i), "m")).toList());
    return Matter.register(
        new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 11, 25), 1),
        r,
        CategoryTaxonomy.defaults().get("dispute.labour"),
        List.of(),
        IntakeFixtures.CLERK,
        Instant.parse("2026-11-25T02:00:00Z"));
  }

  @Provide
  Arbitrary<List<Integer>> initialKinds() {
    return Arbitraries.integers().between(0, 3).list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> submit =
        Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(3).map(Step.Submit::new);
    Arbitrary<Step> review =
        Arbitraries.integers().between(0, 20).list().ofMaxSize(3).map(Step.Review::new);
    return Arbitraries.oneOf(submit, review).list().ofMaxSize(12);
  }
}
