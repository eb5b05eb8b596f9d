package org.db3311.sgc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.server.wiring.CenterVariant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Conformance kit against deliberately broken variants of the reference server")
class BrokenVariantsTest {

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of(BrokenVariants.CalendarDays.class, "R9", "supervision-working-day-deadline"),
        Arguments.of(BrokenVariants.NoticeOmitsAnItem.class, "R7", "intake-one-time-notice"),
        Arguments.of(
            BrokenVariants.RepeatedTransferRegisteredAgain.class,
            "6.1.1.2.2",
            "intake-repeated-transfer"),
        Arguments.of(
            BrokenVariants.RegistrationFormNotRequired.class, "6.1.2", "intake-one-time-notice"),
        Arguments.of(
            BrokenVariants.ContractDisputesUnsupervised.class, "6.2.1.3", "supervision-counts"),
        Arguments.of(
            BrokenVariants.ResultToFirstPartyOnly.class, "6.2.1.4.1", "followup-result-notice"),
        Arguments.of(BrokenVariants.ViewCountsTwice.class, "8.2.4", "supervision-counts"),
        Arguments.of(BrokenVariants.NoFollowUpAtClose.class, "6.2.1.4.1", "followup-result-notice"),
        Arguments.of(BrokenVariants.RefusalReasonLost.class, "6.1.1.1", "intake-accept-refuse"),
        Arguments.of(
            BrokenVariants.MatterNeverCloses.class, "6.2.1.1.1", "mediation-route-and-close"),
        Arguments.of(
            BrokenVariants.AdjustedWeekendsOff.class, "R9", "deadline-across-spring-festival"),
        Arguments.of(
            BrokenVariants.OverdueNeverListed.class, "8.2.4", "deadline-across-year-boundary"),
        Arguments.of(
            BrokenVariants.RegistrationsCountedAsAccepted.class,
            "R8",
            "evaluation-figures-recomputed"),
        Arguments.of(
            BrokenVariants.DepartmentsMerged.class, "9.2.2", "evaluation-department-rates"),
        Arguments.of(BrokenVariants.FilingForgotten.class, "7.3.3", "archives-yearly-filing"),
        Arguments.of(BrokenVariants.LeadNotKept.class, "6.3.1.1", "events-assignment"),
        Arguments.of(BrokenVariants.DutyRosterNeverInForce.class, "6.3.1.2", "events-duty-leader"),
        Arguments.of(BrokenVariants.CityLinkDown.class, "R12", "events-cross-county-to-city"),
        Arguments.of(
            BrokenVariants.ArchivedWithoutReview.class, "6.3.1.3", "events-review-before-archive"),
        Arguments.of(
            BrokenVariants.RotaDayWithoutLeaderPublished.class,
            "6.2.1.2",
            "reception-leader-every-working-day"),
        Arguments.of(
            BrokenVariants.VerificationReadsACopy.class, "7.3.2", "archives-tampered-file-fails"),
        Arguments.of(BrokenVariants.LateSignForCounted.class, "R8", "evaluation-late-sign-for"),
        Arguments.of(
            BrokenVariants.EpidemicLoopSkipsFeedback.class, "6.7.1.1", "epidemic-closed-loop"),
        Arguments.of(
            BrokenVariants.OverdueNoticesDropped.class, "6.2.1.3", "supervision-overdue-notice"));
  }

  @ParameterizedTest(name = "{0} is caught by {1}")
  @MethodSource("variants")
  void the_variant_is_caught_naming_its_clause(
      Class<? extends CenterVariant> variant, String clause, String check) {
    try (InProcessServer server = InProcessServer.start(variant.getSimpleName(), variant)) {
      ConformanceReport report =
          new KitRun(ClauseCatalog.standard()).run(server.options(), l -> {});
      String seen =
          report.all().stream()
              .map(r -> r.id() + " " + r.verdict() + " " + r.reason())
              .reduce("", (a, b) -> a + "\n" + b);
      assertThat(report.overall()).as(seen).isEqualTo(ConformanceReport.Overall.NON_CONFORMANT);
      assertThat(report.clausesWith(Verdict.FAIL)).as(seen).contains(clause);
      assertThat(report.checks())
          .filteredOn(r -> r.id().equals(check))
          .singleElement()
          .satisfies(r -> assertThat(r.verdict()).as(seen).isEqualTo(Verdict.FAIL));
      List<String> prerequisitesFailed =
          report.prerequisites().stream().filter(r -> !r.passed()).map(CheckResult::id).toList();
      assertThat(prerequisitesFailed).isEmpty();
    }
  }
}
