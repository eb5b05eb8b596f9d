package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Query;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.followup.FollowUp;
import org.db3311.sgc.core.followup.FollowUpId;
import org.db3311.sgc.core.followup.FollowUpRepository;
import org.db3311.sgc.core.followup.FollowUpSnapshot;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * Follow-ups in table {@code follow_up}, in the caller's unit of work. Saving locks the row ({@code
 * select … for update}) and checks the version, as {@link JpaMatterRepository} does. The follow-ups
 * of a matter are read off the unique key {@code (matter, round_number)}.
 */
public final class JpaFollowUpRepository implements FollowUpRepository {

  private static final String AGGREGATE = "FollowUp";

  static final String OF_MATTER =
      "select version, document from follow_up where matter = ?1 order by round_number";

  private final JpaUnitOfWork unitOfWork;
  private final VersionedRows<FollowUpEntity> versioned;

  public JpaFollowUpRepository(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
    this.versioned = new VersionedRows<>(unitOfWork, FollowUpEntity.class, AGGREGATE);
  }

  @Override
  public void save(FollowUp followUp) {
    FollowUpSnapshot snapshot = followUp.snapshot();
    FollowUpEntity row = FollowUpMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    followUp.markStored(versioned.save(row.id, followUp.version(), row));
  }

  @Override
  public Optional<FollowUp> find(FollowUpId id) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(FollowUpEntity.class, id.toString()))
                .map(JpaFollowUpRepository::toFollowUp));
  }

  @Override
  public List<FollowUp> ofMatter(RegistrationNumber matter) {
    return unitOfWork.with(
        em ->
            rows(em.createNativeQuery(OF_MATTER).setParameter(1, matter.toString())).stream()
                .map(r -> toFollowUp(((Number) r[0]).longValue(), (String) r[1]))
                .toList());
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }

  private static FollowUp toFollowUp(FollowUpEntity row) {
    return toFollowUp(row.version, row.document);
  }

  private static FollowUp toFollowUp(long version, String document) {
    return FollowUp.fromSnapshot(
        SnapshotCodec.read(document, FollowUpSnapshot.class), new Version(version));
  }
}
