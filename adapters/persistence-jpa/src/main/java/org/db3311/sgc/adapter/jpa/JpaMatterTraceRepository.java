package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.casefacts.MatterTrace;
import org.db3311.sgc.core.casefacts.MatterTraceRepository;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * The case-fact projection's working state, one trace per matter, in table {@code matter_trace},
 * each save replacing the matter's trace in the caller's unit of work.
 */
public final class JpaMatterTraceRepository implements MatterTraceRepository {

  private final JpaUnitOfWork unitOfWork;

  public JpaMatterTraceRepository(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public Optional<MatterTrace> find(RegistrationNumber matter) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(MatterTraceEntity.class, matter.toString()))
                .map(row -> SnapshotCodec.read(row.document, MatterTrace.class)));
  }

  @Override
  public void save(MatterTrace trace) {
    MatterTraceEntity row = AnalysisMapper.INSTANCE.toEntity(trace);
    row.document = SnapshotCodec.write(trace);
    unitOfWork.with(em -> em.merge(row));
  }

  @Override
  public List<MatterTrace> all() {
    return unitOfWork.with(
        em ->
            Jpql.list(
                    em,
                    "select r.document from MatterTraceEntity r order by r.matter",
                    String.class)
                .stream()
                .map(d -> SnapshotCodec.read(d, MatterTrace.class))
                .toList());
  }
}
