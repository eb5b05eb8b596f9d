package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Query;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.mediation.MediationCase;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationCaseRepository;
import org.db3311.sgc.core.mediation.MediationSnapshot;

/**
 * Mediation cases in table {@code mediation_case}, in the caller's unit of work. Saving locks the
 * row ({@code select … for update}) and checks the version, as {@link JpaMatterRepository} does.
 * The cases of a matter are read off the unique key {@code (matter, attempt)}; the cases whose
 * confirmation due date is provisional off {@code mediation_case_provisional}.
 */
public final class JpaMediationCaseRepository implements MediationCaseRepository {

  private static final String AGGREGATE = "Mediation";

  static final String OF_MATTER =
      "select version, document from mediation_case where matter = ?1 order by attempt";

  static final String PROVISIONAL =
      "select matter, attempt from mediation_case where confirmation_provisional = true"
          + " order by matter, attempt";

  private final JpaUnitOfWork unitOfWork;
  private final VersionedRows<MediationCaseEntity> versioned;

  public JpaMediationCaseRepository(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
    this.versioned = new VersionedRows<>(unitOfWork, MediationCaseEntity.class, AGGREGATE);
  }

  @Override
  public void save(MediationCase mediation) {
    MediationSnapshot snapshot = mediation.snapshot();
    MediationCaseEntity row = MediationCaseMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    mediation.markStored(versioned.save(row.id, mediation.version(), row));
  }

  @Override
  public Optional<MediationCase> find(MediationCaseId id) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(MediationCaseEntity.class, id.toString()))
                .map(JpaMediationCaseRepository::toCase));
  }

  @Override
  public List<MediationCase> ofMatter(RegistrationNumber matter) {
    return unitOfWork.with(
        em ->
            rows(em.createNativeQuery(OF_MATTER).setParameter(1, matter.toString())).stream()
                .map(r -> toCase(((Number) r[0]).longValue(), (String) r[1]))
                .toList());
  }

  /**
   * Only the ids, from the columns: a case whose document no longer reads is still listed, and the
   * recount reports it on its own.
   */
  @Implements("R10")
  @Override
  public List<MediationCaseId> withProvisionalConfirmationDue() {
    return unitOfWork.with(
        em ->
            rows(em.createNativeQuery(PROVISIONAL)).stream()
                .map(
                    r ->
                        new MediationCaseId(
                            RegistrationNumber.parse((String) r[0]), ((Number) r[1]).intValue()))
                .toList());
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }

  private static MediationCase toCase(MediationCaseEntity row) {
    return toCase(row.version, row.document);
  }

  private static MediationCase toCase(long version, String document) {
    return MediationCase.fromSnapshot(
        SnapshotCodec.read(document, MediationSnapshot.class), new Version(version));
  }
}
