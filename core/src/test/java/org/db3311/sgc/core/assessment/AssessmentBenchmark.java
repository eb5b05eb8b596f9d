package org.db3311.sgc.core.assessment;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.db3311.sgc.core.assessment.fixture.SampleCenters;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of a full assessment (every rule, the report and its counts) of a realistic center on one
 * thread. Run with {@code bin/bench AssessmentBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
public class AssessmentBenchmark {

  private Assessor assessor;
  private CenterProfile conformantTier1;
  private CenterProfile nonConformantTier2;

  @Setup
  public void setUp() {
    assessor = Assessor.standard();
    conformantTier1 = SampleCenters.tier1Conformant();
    CenterProfile t2 = SampleCenters.tier2Conformant();
    nonConformantTier2 =
        t2.toBuilder()
            .totalFloorArea(new BigDecimal("1850"))
            .units(t2.units().subList(0, 3))
            .attestations(t2.attestations().subList(0, 4))
            .build();
    if (assessor.assess(conformantTier1, SampleCenters.ASSESSED_ON).overall()
            != OverallVerdict.CONFORMANT
        || assessor.assess(nonConformantTier2, SampleCenters.ASSESSED_ON).overall()
            != OverallVerdict.NON_CONFORMANT) {
      throw new IllegalStateException("benchmark profiles do not assess as intended");
    }
  }

  /** A conformant tier 1 center: every rule passes, messages name what conforms. */
  @Benchmark
  public AssessmentReport conformantTier1() {
    return assessor.assess(conformantTier1, SampleCenters.ASSESSED_ON);
  }

  /** A failing tier 2 center: rules build gap messages naming what is missing. */
  @Benchmark
  public AssessmentReport nonConformantTier2() {
    return assessor.assess(nonConformantTier2, SampleCenters.ASSESSED_ON);
  }
}
