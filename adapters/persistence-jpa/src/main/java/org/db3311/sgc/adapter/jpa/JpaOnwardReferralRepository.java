package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Query;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.onward.OnwardReferral;
import org.db3311.sgc.core.onward.OnwardReferralId;
import org.db3311.sgc.core.onward.OnwardReferralRepository;
import org.db3311.sgc.core.onward.OnwardReferralSnapshot;
import org.db3311.sgc.core.onward.OnwardState;
import org.db3311.sgc.core.onward.OnwardWorkflow;

/**
 * Onward referrals in table {@code onward_referral}, in the caller's unit of work. Saving locks the
 * row ({@code select … for update}) and checks the version, as {@link JpaMatterRepository} does.
 * The referrals of a matter are read off the unique key {@code (matter, referral_number)}; the open
 * ones off {@code onward_referral_state}, by the states the workflow does not end in.
 */
public final class JpaOnwardReferralRepository implements OnwardReferralRepository {

  private static final String AGGREGATE = "OnwardReferral";

  private static final String REFERRAL = "select version, document from onward_referral";

  static final String OF_MATTER = REFERRAL + " where matter = ?1 order by referral_number";

  /**
   * The open states are taken from the workflow's table rather than stored as a flag, so a change
   * of the table never leaves stale rows behind; they are enum names, safe to write into the SQL.
   */
  static final String OPEN =
      REFERRAL
          + " where state in ("
          + openStates().stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "))
          + ") order by matter, referral_number";

  private final JpaUnitOfWork unitOfWork;
  private final VersionedRows<OnwardReferralEntity> versioned;

  public JpaOnwardReferralRepository(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
    this.versioned = new VersionedRows<>(unitOfWork, OnwardReferralEntity.class, AGGREGATE);
  }

  @Override
  public void save(OnwardReferral referral) {
    OnwardReferralSnapshot snapshot = referral.snapshot();
    OnwardReferralEntity row = OnwardReferralMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    referral.markStored(versioned.save(row.id, referral.version(), row));
  }

  @Override
  public Optional<OnwardReferral> find(OnwardReferralId id) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(OnwardReferralEntity.class, id.toString()))
                .map(JpaOnwardReferralRepository::toReferral));
  }

  @Override
  public List<OnwardReferral> ofMatter(RegistrationNumber matter) {
    return unitOfWork.with(
        em ->
            rows(em.createNativeQuery(OF_MATTER).setParameter(1, matter.toString())).stream()
                .map(r -> toReferral(((Number) r[0]).longValue(), (String) r[1]))
                .toList());
  }

  @Override
  public List<OnwardReferral> open() {
    return unitOfWork.with(
        em ->
            rows(em.createNativeQuery(OPEN)).stream()
                .map(r -> toReferral(((Number) r[0]).longValue(), (String) r[1]))
                .toList());
  }

  private static Set<OnwardState> openStates() {
    Set<OnwardState> open = EnumSet.allOf(OnwardState.class);
    open.removeAll(OnwardWorkflow.TABLE.terminalStates());
    return open;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }

  private static OnwardReferral toReferral(OnwardReferralEntity row) {
    return toReferral(row.version, row.document);
  }

  private static OnwardReferral toReferral(long version, String document) {
    return OnwardReferral.fromSnapshot(
        SnapshotCodec.read(document, OnwardReferralSnapshot.class), new Version(version));
  }
}
