package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.db3311.sgc.core.facts.CaseFactStore;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.facts.MatterId;
import org.db3311.sgc.core.facts.MatterKind;
import org.db3311.sgc.core.facts.Outcome;
import org.db3311.sgc.core.facts.PeriodCounts;

/**
 * The matter facts analysis reads (docs/analysis.md), in table {@code case_fact}, one row per
 * matter replaced by each {@link #upsert}. {@link #registeredBetween} — the period scan of every
 * report — is answered from the index {@code case_fact_registered (registered_at, matter_id)}
 * rather than by reading every fact. {@link #countsBetween} — what the weekly and monthly reports
 * count — is a few {@code GROUP BY}s over the columns the row keeps beside its document (V30), read
 * from the indexes {@code case_fact_period_counts} and {@code case_fact_closed}.
 */
public final class JpaCaseFactStore implements CaseFactStore {

  /** The period scan, read from the index {@code case_fact_registered}. */
  static final String REGISTERED_BETWEEN =
      "select document from case_fact where registered_at >= ? and registered_at < ?"
          + " order by registered_at, matter_id";

  /** Registrations of [from, to) grouped by one column ({@code %s}) of the covering index. */
  static final String REGISTERED_BY =
      "select %s, count(*) from case_fact where registered_at >= ? and registered_at < ?"
          + " and kind is not null group by %s";

  /**
   * Registrations of [from, to) by local day, for a zone whose days all last 86,400 s in the
   * period: the day's index counted from the local midnight the period starts on.
   */
  static final String REGISTERED_BY_DAY =
      "select d, count(*) from (select floor((extract(epoch from registered_at) - ?) / 86400) as d"
          + " from case_fact where registered_at >= ? and registered_at < ? and kind is not null) x"
          + " group by d";

  /** Registrations of one local day, for a zone whose days are not all as long. */
  private static final String REGISTERED_IN =
      "select count(*) from case_fact where registered_at >= ? and registered_at < ?"
          + " and kind is not null";

  static final String CLOSED_BY_OUTCOME =
      "select outcome, count(*) from case_fact where closed_at >= ? and closed_at < ?"
          + " and outcome is not null group by outcome";

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

  /**
   * Counted in the database, in one transaction. A row whose document could not be read when the
   * columns were added (V31) has none and is not counted; V31 names each in its warning.
   */
  @Override
  public PeriodCounts countsBetween(Instant from, Instant to, ZoneId zone) {
    if (!to.isAfter(from)) {
      return PeriodCounts.empty(from, to, zone);
    }
    return unitOfWork.with(
        em -> {
          Object f = Conversions.toColumn(from);
          Object t = Conversions.toColumn(to);
          Map<MatterKind, Long> byKind = new EnumMap<>(MatterKind.class);
          grouped(em, "kind", f, t).forEach((k, n) -> byKind.put(MatterKind.valueOf(k), n));
          Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
          List<Object[]> closed = Jpql.sql(em, CLOSED_BY_OUTCOME, f, t);
          for (Object[] row : closed) {
            byOutcome.put(Outcome.valueOf((String) row[0]), ((Number) row[1]).longValue());
          }
          return new PeriodCounts(
              from,
              to,
              zone,
              byKind.values().stream().mapToLong(Long::longValue).sum(),
              byKind,
              grouped(em, "category", f, t),
              grouped(em, "cause", f, t),
              grouped(em, "place_label", f, t),
              grouped(em, "handling_method", f, t),
              byDay(em, from, to, zone),
              byOutcome.values().stream().mapToLong(Long::longValue).sum(),
              byOutcome);
        });
  }

  private static Map<String, Long> grouped(
      jakarta.persistence.EntityManager em, String column, Object from, Object to) {
    List<Object[]> rows = Jpql.sql(em, String.format(REGISTERED_BY, column, column), from, to);
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row : rows) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  private static Map<LocalDate, Long> byDay(
      jakarta.persistence.EntityManager em, Instant from, Instant to, ZoneId zone) {
    LocalDate first = from.atZone(zone).toLocalDate();
    Instant firstMidnight = first.atStartOfDay(zone).toInstant();
    Map<LocalDate, Long> counts = new HashMap<>();
    ZoneOffsetTransition change = zone.getRules().nextTransition(firstMidnight);
    if (change == null || !change.getInstant().isBefore(to)) {
      List<Object[]> rows =
          Jpql.sql(
              em,
              REGISTERED_BY_DAY,
              firstMidnight.getEpochSecond(),
              Conversions.toColumn(from),
              Conversions.toColumn(to));
      for (Object[] row : rows) {
        counts.put(first.plusDays(((Number) row[0]).longValue()), ((Number) row[1]).longValue());
      }
      return counts;
    }
    // a clock change in the period: each local day counted on its own bounds
    for (LocalDate day = first;
        day.atStartOfDay(zone).toInstant().isBefore(to);
        day = day.plusDays(1)) {
      Instant start = max(from, day.atStartOfDay(zone).toInstant());
      Instant end = min(to, day.plusDays(1).atStartOfDay(zone).toInstant());
      List<Object> n =
          Jpql.sql(em, REGISTERED_IN, Conversions.toColumn(start), Conversions.toColumn(end));
      long count = ((Number) n.get(0)).longValue();
      if (count > 0) {
        counts.put(day, count);
      }
    }
    return counts;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private List<String> documents(String jpql, Object... namesAndValues) {
    return unitOfWork.with(em -> Jpql.list(em, jpql, String.class, namesAndValues));
  }

  private static MatterFact fact(String document) {
    return SnapshotCodec.read(document, MatterFact.class);
  }
}
