package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.supervision.SupervisionFile;
import org.db3311.sgc.core.supervision.SupervisionFileRepository;
import org.db3311.sgc.core.supervision.SupervisionSnapshot;
import org.db3311.sgc.core.supervision.SupervisionState;

/**
 * Supervision files in table {@code supervision_file} (the units taking part in {@code
 * supervision_participant}), in the caller's unit of work. Saving locks the row ({@code select …
 * for update}) and checks the version, as {@link JpaMatterRepository} does.
 *
 * <p>The queries are plain SQL, kept here as constants so a test can ask the database how it runs
 * exactly these ({@code EXPLAIN}); each is answered from an index of {@code V3__supervision.sql}:
 * the lists by next deadline from {@code supervision_file_due}, the counts per lead unit from
 * {@code supervision_file_unit_state}, per participating unit from {@code
 * supervision_participant_unit}, the files in a state from {@code supervision_file_state}.
 */
public final class JpaSupervisionFileRepository implements SupervisionFileRepository {

  private static final String FILE = "select subject, version, document from supervision_file";

  static final String DUE_BEFORE =
      FILE + " where next_deadline < ?1 order by next_deadline, subject limit ?2 offset ?3";

  static final String DUE_BETWEEN =
      FILE
          + " where next_deadline >= ?1 and next_deadline <= ?2"
          + " order by next_deadline, subject limit ?3 offset ?4";

  /*
   * The seek pages compare the row value (next_deadline, subject) with the key, which PostgreSQL
   * reads as one range of supervision_file_due: the page starts at the key instead of walking
   * past every earlier row as an offset does.
   */
  static final String DUE_BEFORE_AFTER =
      FILE
          + " where next_deadline < ?1 and (next_deadline, subject) > (?2, ?3)"
          + " order by next_deadline, subject limit ?4";

  static final String DUE_BETWEEN_AFTER =
      FILE
          + " where next_deadline >= ?1 and next_deadline <= ?2"
          + " and (next_deadline, subject) > (?3, ?4)"
          + " order by next_deadline, subject limit ?5";

  static final String COUNT_DUE_BEFORE =
      "select count(*) from supervision_file where next_deadline < ?1";

  static final String COUNT_DUE_BETWEEN =
      "select count(*) from supervision_file where next_deadline >= ?1 and next_deadline <= ?2";

  static final String IN_STATE = FILE + " where state = ?1 order by subject limit ?2 offset ?3";

  static final String WITH_RUNNING_CLOCKS =
      FILE + " where clocks_running = true order by subject limit ?1 offset ?2";

  static final String OPENED_BY = FILE + " where opened_at <= ?1 order by opened_at, subject";

  private static final String LATE = "sum(case when f.next_deadline < ?1 then 1 else 0 end)";

  static final String COUNT_LEADING =
      "select f.lead_unit, f.state, count(*), "
          + LATE
          + " from supervision_file f group by f.lead_unit, f.state";

  // A participant row carries its file's state and next deadline (V28), so these count from
  // index supervision_participant_unit alone instead of looking up every file by subject.
  private static final String LATE_PARTICIPATING =
      "sum(case when p.next_deadline < ?1 then 1 else 0 end)";

  static final String COUNT_PARTICIPATING =
      "select p.unit, p.state, count(*), "
          + LATE_PARTICIPATING
          + " from supervision_participant p group by p.unit, p.state";

  static final String COUNT_LEADING_UNIT =
      "select f.lead_unit, f.state, count(*), "
          + LATE
          + " from supervision_file f where f.lead_unit = ?2 group by f.lead_unit, f.state";

  static final String COUNT_PARTICIPATING_UNIT =
      "select p.unit, p.state, count(*), "
          + LATE_PARTICIPATING
          + " from supervision_participant p where p.unit = ?2 group by p.unit, p.state";

  private final JpaUnitOfWork unitOfWork;

  public JpaSupervisionFileRepository(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void save(SupervisionFile file) {
    SupervisionSnapshot snapshot = file.snapshot();
    Version read = file.version();
    Version next = read.next();
    SupervisionFileEntity row = SupervisionFileMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    row.version = next.value();
    // a day or null, written as a literal: a null bound to a native query has no type PostgreSQL
    // accepts for a date column (the day is ISO, from a LocalDate, never caller text)
    String deadline = row.nextDeadline == null ? "null" : "date '" + row.nextDeadline + "'";
    unitOfWork.with(
        em -> {
          // The matter row carries its file's lead unit and next deadline for the period scan and
          // the search (V28). Written first, so a file's save locks the matter row before the
          // file row, in the order a use case saving both takes them.
          em.createNativeQuery(
                  "update matter set lead_unit = ?1, next_deadline = "
                      + deadline
                      + " where registration_number = ?3")
              .setParameter(1, row.leadUnit)
              .setParameter(3, row.subject)
              .executeUpdate();
          SupervisionFileEntity stored =
              em.find(SupervisionFileEntity.class, row.subject, LockModeType.PESSIMISTIC_WRITE);
          Version storedVersion = stored == null ? Version.NEW : new Version(stored.version);
          if (!storedVersion.equals(read)) {
            throw new OptimisticLockException("SupervisionFile", row.subject, read, storedVersion);
          }
          try {
            if (stored == null) {
              em.persist(row);
            } else {
              em.merge(row);
            }
            em.flush();
            em.createNativeQuery("delete from supervision_participant where subject = ?1")
                .setParameter(1, row.subject)
                .executeUpdate();
            for (UnitId unit : snapshot.participants()) {
              em.createNativeQuery(
                      "insert into supervision_participant (subject, unit, state, next_deadline)"
                          + " values (?1, ?2, ?3, "
                          + deadline
                          + ")")
                  .setParameter(1, row.subject)
                  .setParameter(2, unit.value())
                  .setParameter(3, row.state)
                  .executeUpdate();
            }
          } catch (PersistenceException e) {
            if (Rows.isUniqueViolation(e)) {
              // another transaction stored a new file under the same subject meanwhile
              throw new OptimisticLockException("SupervisionFile", row.subject, read, next);
            }
            throw e;
          }
          return null;
        });
    file.markStored(next);
  }

  @Override
  public Optional<SupervisionFile> find(String subject) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(SupervisionFileEntity.class, subject))
                .map(r -> toFile(r.document, r.version)));
  }

  @Override
  public List<SupervisionFile> dueBefore(LocalDate day, PageRequest page) {
    return files(DUE_BEFORE, Date.valueOf(day), page.limit(), page.offset());
  }

  @Override
  public List<SupervisionFile> dueBetween(LocalDate from, LocalDate until, PageRequest page) {
    return files(DUE_BETWEEN, Date.valueOf(from), Date.valueOf(until), page.limit(), page.offset());
  }

  @Override
  public List<SupervisionFile> dueBefore(LocalDate day, DueKey after, int limit) {
    return files(
        DUE_BEFORE_AFTER,
        Date.valueOf(day),
        Date.valueOf(after.nextDeadline()),
        after.subject(),
        PageRequest.first(limit).limit());
  }

  @Override
  public List<SupervisionFile> dueBetween(
      LocalDate from, LocalDate until, DueKey after, int limit) {
    return files(
        DUE_BETWEEN_AFTER,
        Date.valueOf(from),
        Date.valueOf(until),
        Date.valueOf(after.nextDeadline()),
        after.subject(),
        PageRequest.first(limit).limit());
  }

  @Override
  public int countDueBefore(LocalDate day) {
    return count(COUNT_DUE_BEFORE, Date.valueOf(day));
  }

  @Override
  public int countDueBetween(LocalDate from, LocalDate until) {
    return count(COUNT_DUE_BETWEEN, Date.valueOf(from), Date.valueOf(until));
  }

  private int count(String sql, Object... parameters) {
    return unitOfWork.with(
        em -> {
          Query q = em.createNativeQuery(sql);
          for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
          }
          return ((Number) q.getSingleResult()).intValue();
        });
  }

  @Override
  public List<SupervisionFile> withRunningClocks(PageRequest page) {
    return files(WITH_RUNNING_CLOCKS, page.limit(), page.offset());
  }

  @Override
  public List<SupervisionFile> inState(SupervisionState state, PageRequest page) {
    return files(IN_STATE, state.name(), page.limit(), page.offset());
  }

  @Override
  public List<SupervisionFile> openedBy(Instant instant) {
    return files(OPENED_BY, Conversions.toColumn(instant));
  }

  @Override
  public List<StateCount> countByUnitAndState(LocalDate overdueBefore) {
    List<StateCount> rows = new ArrayList<>();
    rows.addAll(counts(COUNT_LEADING, true, Date.valueOf(overdueBefore)));
    rows.addAll(counts(COUNT_PARTICIPATING, false, Date.valueOf(overdueBefore)));
    return rows;
  }

  @Override
  public List<StateCount> countByState(UnitId unit, LocalDate overdueBefore) {
    List<StateCount> rows = new ArrayList<>();
    rows.addAll(counts(COUNT_LEADING_UNIT, true, Date.valueOf(overdueBefore), unit.value()));
    rows.addAll(counts(COUNT_PARTICIPATING_UNIT, false, Date.valueOf(overdueBefore), unit.value()));
    return rows;
  }

  private List<StateCount> counts(String sql, boolean leading, Object... parameters) {
    return unitOfWork.with(
        em ->
            rows(em, sql, parameters).stream()
                .map(
                    r ->
                        new StateCount(
                            UnitId.of((String) r[0]),
                            leading,
                            SupervisionState.valueOf((String) r[1]),
                            ((Number) r[2]).intValue(),
                            ((Number) r[3]).intValue()))
                .toList());
  }

  private List<SupervisionFile> files(String sql, Object... parameters) {
    return unitOfWork.with(
        em ->
            rows(em, sql, parameters).stream()
                .map(r -> toFile((String) r[2], ((Number) r[1]).longValue()))
                .toList());
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(EntityManager em, String sql, Object... parameters) {
    Query q = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      q.setParameter(i + 1, parameters[i]);
    }
    return q.getResultList();
  }

  private static SupervisionFile toFile(String document, long version) {
    return SupervisionFile.fromSnapshot(PARSED.read(document), new Version(version));
  }

  /**
   * The overdue and near-deadline lists are read again and again by every supervisor while their
   * files rarely change, and parsing a page's documents cost seven times the query (README,
   * benchmarks); see {@link ParsedDocuments}.
   */
  private static final ParsedDocuments<SupervisionSnapshot> PARSED =
      new ParsedDocuments<>(SupervisionSnapshot.class, 2_048);
}
