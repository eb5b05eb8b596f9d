package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.db3311.sgc.core.facts.CaseFactStore;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;

/**
 * The matter facts analysis reads (docs/analysis.md), in table {@code case_fact}, one row per
 * matter replaced by each {@link #upsert}. {@link #registeredBetween} — the period scan of every
 * report — is answered from the index {@code case_fact_registered (registered_at, matter_id)}
 * rather than by reading every fact.
 */
public final class JpaCaseFactStore implements CaseFactStore {

  /** The period scan, read from the index {@code case_fact_registered}. */
  static final String REGISTERED_BETWEEN =
      "select document from case_fact where registered_at >= ? and registered_at < ?"
          + " order by registered_at, matter_id";

  private final JpaUnitOfWork unitOfWork;

  public JpaCaseFactStore(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void upsert(MatterFact fact) {
    CaseFactEntity row = AnalysisMapper.INSTANCE.toEntity(fact);
    row.document = SnapshotCodec.write(fact);
    unitOfWork.with(em -> em.merge(row));
  }

  /** Every fact, read into memory first (the stream does not hold a connection). */
  @Override
  public Stream<MatterFact> all() {
    return documents("select r.document from CaseFactEntity r order by r.id").stream()
        .map(JpaCaseFactStore::fact);
  }

  @Override
  public Optional<MatterFact> find(MatterId id) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(CaseFactEntity.class, id.value()))
                .map(row -> fact(row.document)));
  }

  @Override
  public Stream<MatterFact> registeredBetween(Instant from, Instant to) {
    List<String> documents =
        unitOfWork.with(
            em ->
                Jpql.sql(
                    em, REGISTERED_BETWEEN, Conversions.toColumn(from), Conversions.toColumn(to)));
    return documents.stream().map(JpaCaseFactStore::fact);
  }

  private List<String> documents(String jpql, Object... namesAndValues) {
    return unitOfWork.with(em -> Jpql.list(em, jpql, String.class, namesAndValues));
  }

  private static MatterFact fact(String document) {
    return SnapshotCodec.read(document, MatterFact.class);
  }
}
