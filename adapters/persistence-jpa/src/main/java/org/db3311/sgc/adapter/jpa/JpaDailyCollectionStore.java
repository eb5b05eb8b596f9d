package org.db3311.sgc.adapter.jpa;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.risk.DailyCollection;
import org.db3311.sgc.core.risk.DailyCollectionStore;

/**
 * The daily collections (6.4.1.1), kept as collected in table {@code daily_collection}, one per
 * day: the day is the primary key, which refuses a second collection of a day and answers the
 * period scan {@link #between} as a range of the key.
 */
public final class JpaDailyCollectionStore implements DailyCollectionStore {

  /** A span of days, read as a range of the primary key. */
  static final String BETWEEN =
      "select document from daily_collection where collection_day >= ? and collection_day < ?"
          + " order by collection_day";

  private final JpaUnitOfWork unitOfWork;

  public JpaDailyCollectionStore(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void add(DailyCollection collection) {
    unitOfWork.run(
        () -> {
          if (find(collection.day()).isPresent()) {
            throw new IllegalStateException(collection.day() + " is already collected");
          }
          DailyCollectionEntity row = AnalysisMapper.INSTANCE.toEntity(collection);
          row.document = SnapshotCodec.write(collection);
          AppendRows.insert(
              unitOfWork,
              row,
              () -> new IllegalStateException(collection.day() + " is already collected"));
        });
  }

  @Override
  public Optional<DailyCollection> find(LocalDate day) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(DailyCollectionEntity.class, day))
                .map(row -> SnapshotCodec.read(row.document, DailyCollection.class)));
  }

  @Override
  public List<DailyCollection> between(LocalDate from, LocalDate toExclusive) {
    List<String> documents = unitOfWork.with(em -> Jpql.sql(em, BETWEEN, from, toExclusive));
    return documents.stream().map(d -> SnapshotCodec.read(d, DailyCollection.class)).toList();
  }
}
