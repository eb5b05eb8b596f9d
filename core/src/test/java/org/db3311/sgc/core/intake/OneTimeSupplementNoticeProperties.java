package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Ruling R7, precise, for any sequence of submissions and reviews, checked at every review against
 * an oracle that knows nothing of the implementation's items or keys: it records which materials
 * the applicant handed in, what the clerk found at each review (several defects per material, with
 * distinct reasons) and what the first notice had to list, and says from that alone what the review
 * must come to — acceptance, a notice with exactly these items, or a refusal naming exactly the
 * forbidden items with the matter unchanged.
 *
 * <p>The property checks that it met every interesting case (a first notice with two defects of one
 * material, a new defect of an old material, a repeated first-notice defect, a defect of a replaced
 * material, a defect of newer material), so it cannot pass vacuously.
 *
 * <p>The wrong implementation the old property let through is {@link KeyedByMaterialRule}: the rule
 * as it was before the fix, keying defect items by material with {@code putIfAbsent}. The old
 * property flagged every defect with one reason and compared later items by the implementation's
 * own key, so it could see neither the lost second defect nor a new defect of an old material; the
 * test {@link #the_old_property_let_a_rule_keyed_by_material_through} shows the oracle catching it.
 */
@Implements({"6.1.1.1", "R7"})
class OneTimeSupplementNoticeProperties {

  private static final MaterialKind EVIDENCE = new MaterialKind("evidence", "证据材料");
  private static final List<MaterialKind> KINDS =
      List.of(
          MaterialKind.ID_CARD, MaterialKind.APPLICATION, MaterialKind.REGISTRATION_FORM, EVIDENCE);
  private static final Set<MaterialKind> REQUIRED = MaterialRequirements.STANDARD_DEFAULT;
  private static final List<String> REASONS = List.of("未签名", "复印件模糊", "日期填写错误", "缺页");
  private static final Instant START = Instant.parse("2026-11-25T02:00:00Z");

  /** One step of the applicant or the clerk. */
  sealed interface Step {
    record Submit(List<Integer> kinds) implements Step {}

    /** The clerk's findings: (material position taken modulo the count, reason index). */
    record Review(List<List<Integer>> findings) implements Step {}
  }

  record Scenario(List<Integer> initial, List<Step> steps) {}

  /** One defect as the oracle writes it down. */
  record Defect(int material, String reason) implements Comparable<Defect> {
    @Override
    public int compareTo(Defect o) {
      int c = Integer.compare(material, o.material);
      return c != 0 ? c : reason.compareTo(o.reason);
    }
  }

  /** What a review came to, in the oracle's terms. */
  record Seen(String verdict, Set<String> missing, Set<Defect> defects) {
    static Seen of(String verdict, List<SupplementItem> items) {
      Set<String> missing = new TreeSet<>();
      Set<Defect> defects = new TreeSet<>();
      for (SupplementItem i : items) {
        if (i.problem() == SupplementItem.Problem.MISSING) {
          missing.add(i.kind().code());
        } else {
          defects.add(new Defect(i.materialId().orElseThrow(), i.reason()));
        }
      }
      return new Seen(verdict, missing, defects);
    }
  }

  /**
   * The clerk's record of R7. It keeps the kind of every material by its number, and what the first
   * notice had to list; it reads nothing the implementation computed.
   */
  static final class Oracle {
    private final List<String> kindOf = new ArrayList<>();
    private int firstNoticeSaw = -1;
    private final Set<String> firstMissing = new TreeSet<>();
    private final Set<Defect> firstDefects = new TreeSet<>();

    void handedIn(List<MaterialKind> kinds) {
      kinds.forEach(k -> kindOf.add(k.code()));
    }

    boolean firstNoticeIssued() {
      return firstNoticeSaw >= 0;
    }

    /** What a review with these findings must come to; a notice it expects is recorded. */
    Seen expect(Set<Defect> found) {
      Set<String> missing = new TreeSet<>();
      for (MaterialKind k : REQUIRED) {
        if (!kindOf.contains(k.code())) {
          missing.add(k.code());
        }
      }
      if (missing.isEmpty() && found.isEmpty()) {
        return new Seen("accepted", Set.of(), Set.of());
      }
      if (!firstNoticeIssued()) {
        firstNoticeSaw = kindOf.size();
        firstMissing.addAll(missing);
        firstDefects.addAll(found);
        return new Seen("notice", missing, found);
      }
      Set<String> forbiddenMissing = new TreeSet<>(missing);
      forbiddenMissing.removeAll(firstMissing);
      Set<Defect> forbiddenDefects = new TreeSet<>();
      for (Defect d : found) {
        boolean suppliedAfterFirst = d.material() > firstNoticeSaw;
        boolean repeatOfFirst = firstDefects.contains(d) && !replacedAfterFirst(d.material());
        if (!suppliedAfterFirst && !repeatOfFirst) {
          forbiddenDefects.add(d);
        }
      }
      if (!forbiddenMissing.isEmpty() || !forbiddenDefects.isEmpty()) {
        return new Seen("rejected", forbiddenMissing, forbiddenDefects);
      }
      return new Seen("notice", missing, found);
    }

    /** A material of the same kind was handed in after the first notice. */
    boolean replacedAfterFirst(int material) {
      String kind = kindOf.get(material - 1);
      for (int id = firstNoticeSaw + 1; id <= kindOf.size(); id++) {
        if (kindOf.get(id - 1).equals(kind)) {
          return true;
        }
      }
      return false;
    }

    /** The interesting case a defect of a later review is, for the coverage check. */
    String caseOf(Defect d) {
      if (d.material() > firstNoticeSaw) {
        return "later review: defect of material supplied after the first notice";
      }
      if (!firstDefects.contains(d)) {
        boolean firstNamedAnother =
            firstDefects.stream().anyMatch(f -> f.material() == d.material());
        return firstNamedAnother
            ? "later review: new defect of an old material the first notice named otherwise"
            : "later review: new defect of an old material the first notice did not name";
      }
      return replacedAfterFirst(d.material())
          ? "later review: first-notice defect of a replaced material"
          : "later review: first-notice defect repeated, material not replaced";
    }
  }

  /** What the property drives: the matter itself, or a bare rule for the wrong implementation. */
  interface Desk {
    boolean canSubmit();

    boolean canReview();

    void submit(List<MaterialKind> kinds, Instant at);

    Seen review(List<MaterialDefect> defects, Instant at);

    List<Material> materials();

    List<SupplementNotice> notices();
  }

  /** The matter aggregate, as the window uses it. */
  static final class MatterDesk implements Desk {
    private final Matter matter;

    MatterDesk(List<MaterialKind> initial) {
      Registration r =
          IntakeFixtures.windowRegistration(
              IntakeFixtures.ZHANG,
              "dispute.labour",
              initial.stream().map(k -> new Material.Submitted(k, "m")).toList());
      matter =
          Matter.register(
              new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 11, 25), 1),
              r,
              CategoryTaxonomy.defaults().get("dispute.labour"),
              List.of(),
              IntakeFixtures.CLERK,
              START);
    }

    @Override
    public boolean canSubmit() {
      return MatterWorkflow.TABLE.allows(matter.state(), MatterAction.SUBMIT_MATERIALS);
    }

    @Override
    public boolean canReview() {
      return MatterWorkflow.TABLE.allows(matter.state(), MatterAction.ACCEPT);
    }

    @Override
    public void submit(List<MaterialKind> kinds, Instant at) {
      matter.submitMaterials(
          kinds.stream().map(k -> new Material.Submitted(k, "m")).toList(),
          IntakeFixtures.CLERK,
          at);
    }

    @Override
    public Seen review(List<MaterialDefect> defects, Instant at) {
      MatterSnapshot before = matter.snapshot();
      IntakeDecision d = matter.review(REQUIRED, defects, IntakeFixtures.CLERK, at);
      return switch (d) {
        case IntakeDecision.Accepted a -> new Seen("accepted", Set.of(), Set.of());
        case IntakeDecision.SupplementRequested s -> Seen.of("notice", s.notice().items());
        case IntakeDecision.ReviewRejected r -> {
          assertThat(matter.snapshot()).as("a refused review changes nothing").isEqualTo(before);
          yield Seen.of("rejected", r.items());
        }
        case IntakeDecision.Refused r -> throw new AssertionError("a review never refuses");
      };
    }

    @Override
    public List<Material> materials() {
      return matter.materials();
    }

    @Override
    public List<SupplementNotice> notices() {
      return matter.notices();
    }
  }

  /** A bare notice rule with the matter's bookkeeping, to try other implementations of R7. */
  static final class RuleDesk implements Desk {
    interface NoticeRule {
      OneTimeSupplementNoticeRule.Outcome review(
          Set<MaterialKind> required,
          List<Material> materials,
          List<SupplementNotice> earlier,
          List<MaterialDefect> defects);
    }

    private final NoticeRule rule;
    private final List<Material> materials = new ArrayList<>();
    private final List<SupplementNotice> notices = new ArrayList<>();
    private boolean accepted;
    private boolean awaiting;

    RuleDesk(NoticeRule rule, List<MaterialKind> initial) {
      this.rule = rule;
      submit(initial, START);
    }

    @Override
    public boolean canSubmit() {
      return !accepted;
    }

    @Override
    public boolean canReview() {
      return !accepted && !awaiting;
    }

    @Override
    public void submit(List<MaterialKind> kinds, Instant at) {
      kinds.forEach(k -> materials.add(new Material(materials.size() + 1, k, "m", at)));
      awaiting = false;
    }

    @Override
    public Seen review(List<MaterialDefect> defects, Instant at) {
      return switch (rule.review(REQUIRED, materials, notices, defects)) {
        case OneTimeSupplementNoticeRule.Outcome.NothingOutstanding n -> {
          accepted = true;
          yield new Seen("accepted", Set.of(), Set.of());
        }
        case OneTimeSupplementNoticeRule.Outcome.NoticeRequired r -> {
          notices.add(new SupplementNotice(notices.size() + 1, at, materials.size(), r.items()));
          awaiting = true;
          yield Seen.of("notice", r.items());
        }
        case OneTimeSupplementNoticeRule.Outcome.Forbidden f -> Seen.of("rejected", f.items());
      };
    }

    @Override
    public List<Material> materials() {
      return List.copyOf(materials);
    }

    @Override
    public List<SupplementNotice> notices() {
      return List.copyOf(notices);
    }
  }

  /**
   * The wrong implementation: the rule before the fix, keying a defect item by its material alone
   * ({@code putIfAbsent}), so a second defect of a material is dropped from the first notice and a
   * later notice takes any defect of a material the first notice named as a repeat.
   */
  static final class KeyedByMaterialRule implements RuleDesk.NoticeRule {
    @Override
    public OneTimeSupplementNoticeRule.Outcome review(
        Set<MaterialKind> required,
        List<Material> materials,
        List<SupplementNotice> earlier,
        List<MaterialDefect> defects) {
      Map<String, SupplementItem> items = new LinkedHashMap<>();
      for (MaterialKind kind : required) {
        if (materials.stream().noneMatch(m -> m.kind().equals(kind))) {
          items.put("missing:" + kind.code(), SupplementItem.missing(kind));
        }
      }
      for (MaterialDefect d : defects) {
        Material m = materials.get(d.materialId() - 1);
        items.putIfAbsent("defect:" + m.id(), SupplementItem.defective(m, d.reason()));
      }
      if (items.isEmpty()) {
        return new OneTimeSupplementNoticeRule.Outcome.NothingOutstanding();
      }
      List<SupplementItem> all = List.copyOf(items.values());
      if (earlier.isEmpty()) {
        return new OneTimeSupplementNoticeRule.Outcome.NoticeRequired(all);
      }
      SupplementNotice first = earlier.getFirst();
      List<SupplementItem> forbidden = new ArrayList<>();
      for (SupplementItem item : all) {
        boolean newer =
            item.problem() == SupplementItem.Problem.DEFECTIVE
                && item.materialId().get() > first.lastMaterialSeen();
        boolean listed =
            first.items().stream().anyMatch(i -> byMaterial(i).equals(byMaterial(item)));
        if (!newer
            && !(listed && OneTimeSupplementNoticeRule.stillOutstanding(first, item, materials))) {
          forbidden.add(item);
        }
      }
      return forbidden.isEmpty()
          ? new OneTimeSupplementNoticeRule.Outcome.NoticeRequired(all)
          : new OneTimeSupplementNoticeRule.Outcome.Forbidden(forbidden, "R7");
    }
  }

  /** The item key of the code before the fix, which the old property compared by. */
  static String byMaterial(SupplementItem i) {
    return i.problem() == SupplementItem.Problem.MISSING
        ? "missing:" + i.kind().code()
        : "defect:" + i.materialId().orElseThrow();
  }

  /**
   * Runs the scenario on the desk and returns every review where it disagreed with the oracle; the
   * cases met are collected for the coverage check when {@code collect} is set.
   */
  static List<String> disagreements(Scenario s, Desk desk, boolean collect) {
    Oracle oracle = new Oracle();
    oracle.handedIn(s.initial().stream().map(KINDS::get).toList());
    List<String> wrong = new ArrayList<>();
    Instant t = START;
    for (Step step : s.steps()) {
      t = t.plusSeconds(60);
      switch (step) {
        case Step.Submit sub when desk.canSubmit() -> {
          List<MaterialKind> kinds = sub.kinds().stream().map(KINDS::get).toList();
          desk.submit(kinds, t);
          oracle.handedIn(kinds);
        }
        case Step.Review r when desk.canReview() -> {
          int count = desk.materials().size();
          Set<Defect> found = new LinkedHashSet<>();
          List<MaterialDefect> defects = new ArrayList<>();
          if (count > 0) {
            for (List<Integer> f : r.findings()) {
              Defect d = new Defect(f.get(0) % count + 1, REASONS.get(f.get(1)));
              found.add(d);
              defects.add(new MaterialDefect(d.material(), d.reason()));
            }
          }
          if (collect) {
            collectCases(oracle, found);
          }
          Seen expected = oracle.expect(new TreeSet<>(found));
          Seen actual = desk.review(defects, t);
          if (!expected.equals(actual)) {
            wrong.add("review at " + t + ": expected " + expected + ", got " + actual);
          }
        }
        default -> {}
      }
    }
    return wrong;
  }

  private static void collectCases(Oracle oracle, Set<Defect> found) {
    if (!oracle.firstNoticeIssued()) {
      boolean twoOnOne = found.stream().map(Defect::material).distinct().count() < found.size();
      if (twoOnOne) {
        Statistics.label("case").collect("first notice: one material with two defects");
      }
      return;
    }
    for (Defect d : found) {
      Statistics.label("case").collect(oracle.caseOf(d));
    }
  }

  @Property(tries = 1000)
  @Label("R7: every review comes to what the clerk's record of the findings says")
  void every_review_agrees_with_the_oracle(@ForAll("scenarios") Scenario s) {
    MatterDesk desk = new MatterDesk(s.initial().stream().map(KINDS::get).toList());
    assertThat(disagreements(s, desk, true)).isEmpty();
    Statistics.label("case")
        .coverage(
            c -> {
              c.check("first notice: one material with two defects").count(n -> n > 0);
              c.check("later review: defect of material supplied after the first notice")
                  .count(n -> n > 0);
              c.check(
                      "later review: new defect of an old material the first notice named"
                          + " otherwise")
                  .count(n -> n > 0);
              c.check("later review: new defect of an old material the first notice did not name")
                  .count(n -> n > 0);
              c.check("later review: first-notice defect of a replaced material").count(n -> n > 0);
              c.check("later review: first-notice defect repeated, material not replaced")
                  .count(n -> n > 0);
            });
  }

  @Test
  @DisplayName(
      "R7: the oracle catches the rule keyed by material, which the old property let through")
  void the_old_property_let_a_rule_keyed_by_material_through() {
    List<Scenario> sample = scenarios().sampleStream().limit(1000).toList();
    int caught = 0;
    for (Scenario s : sample) {
      RuleDesk wrong =
          new RuleDesk(new KeyedByMaterialRule(), s.initial().stream().map(KINDS::get).toList());
      if (!disagreements(s, wrong, false).isEmpty()) {
        caught++;
      }
      assertThat(oldPropertyHolds(wrong.materials(), wrong.notices()))
          .as("the old property accepts the rule keyed by material")
          .isTrue();
    }
    assertThat(caught).as("scenarios where the oracle catches it").isPositive();
    for (Scenario s : sample) {
      RuleDesk right =
          new RuleDesk(
              new OneTimeSupplementNoticeRule()::review,
              s.initial().stream().map(KINDS::get).toList());
      assertThat(disagreements(s, right, false))
          .as("the bare harness agrees with the oracle on the real rule, so it is a fair test")
          .isEmpty();
    }
  }

  /**
   * The old property's check: every item of a later notice is a defect of newer material or, by the
   * item key before the fix, on the first notice and still outstanding.
   */
  static boolean oldPropertyHolds(List<Material> materials, List<SupplementNotice> notices) {
    if (notices.isEmpty()) {
      return true;
    }
    SupplementNotice first = notices.getFirst();
    for (SupplementNotice later : notices.subList(1, notices.size())) {
      List<Material> atLater =
          materials.stream().filter(x -> x.id() <= later.lastMaterialSeen()).toList();
      for (SupplementItem item : later.items()) {
        boolean newerDefect =
            item.problem() == SupplementItem.Problem.DEFECTIVE
                && item.materialId().get() > first.lastMaterialSeen();
        boolean listed =
            first.items().stream().anyMatch(i -> byMaterial(i).equals(byMaterial(item)));
        boolean outstanding =
            switch (item.problem()) {
              case MISSING -> atLater.stream().noneMatch(x -> x.kind().equals(item.kind()));
              case DEFECTIVE ->
                  atLater.stream()
                      .noneMatch(
                          x -> x.kind().equals(item.kind()) && x.id() > first.lastMaterialSeen());
            };
        if (!newerDefect && !(listed && outstanding)) {
          return false;
        }
      }
    }
    return true;
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<List<Integer>> initial = Arbitraries.integers().between(0, 3).list().ofMaxSize(4);
    Arbitrary<Step> submit =
        Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(2).map(Step.Submit::new);
    Arbitrary<List<Integer>> finding =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, REASONS.size() - 1))
            .as(List::of);
    Arbitrary<Step> review = finding.list().ofMaxSize(4).map(Step.Review::new);
    Arbitrary<List<Step>> steps =
        Arbitraries.frequencyOf(weighted(2, submit), weighted(3, review)).list().ofMaxSize(10);
    return Combinators.combine(initial, steps).as(Scenario::new);
  }

  private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends Step>> weighted(
      int weight, Arbitrary<? extends Step> a) {
    return net.jqwik.api.Tuple.of(weight, a);
  }
}
