package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.DuplicateSourceReferenceException;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.MatterEvent;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterRepository;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.RepeatCandidate;
import org.db3311.sgc.core.intake.SourceReference;

/**
 * Matters in table {@code matter}, in the caller's unit of work. The version check takes the row's
 * lock first ({@code select … for update}), so of two transactions changing one matter exactly one
 * wins and the other is told the version it missed; the unique keys on the registration number and
 * the transfer's source reference hold even against writers that bypass this class.
 */
public final class JpaMatterRepository implements MatterRepository {

  private final JpaUnitOfWork unitOfWork;
  private final ApplicantKeys keys;

  /**
   * Matter snapshots parsed from their documents, the most recently used kept. Parsing costs more
   * than reading the row (a tenth of a matter read over HTTP), and a matter is read far more often
   * than it changes. Keyed by the document text, so an entry is never stale; each caller builds its
   * own {@link Matter} from the immutable snapshot.
   */
  private static final ParsedDocuments<MatterSnapshot> DOCUMENTS =
      new ParsedDocuments<>(MatterSnapshot.class, 4_096);

  public JpaMatterRepository(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
    this.keys = store.applicantKeys();
  }

  @Override
  public void save(Matter matter) {
    MatterSnapshot snapshot = matter.snapshot();
    Version read = matter.version();
    Version next = read.next();
    MatterEntity row = MatterMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    row.version = next.value();
    unitOfWork.with(
        em -> {
          // A new matter is inserted without reading first: the primary key refuses a number
          // stored meanwhile (translated below into the same conflict), and a registration
          // saves one round trip.
          MatterEntity stored =
              read.isNew()
                  ? null
                  : em.find(MatterEntity.class, row.number, LockModeType.PESSIMISTIC_WRITE);
          Version storedVersion = stored == null ? Version.NEW : new Version(stored.version);
          if (!storedVersion.equals(read)) {
            throw new OptimisticLockException("Matter", row.number, read, storedVersion);
          }
          if (stored == null) {
            Optional<SourceReference> source = snapshot.registration().source();
            if (source.isPresent()) {
              Optional<Matter> holder = findBySource(em, source.get());
              if (holder.isPresent()) {
                throw new DuplicateSourceReferenceException(source.get(), holder.get().number());
              }
            }
            em.persist(row);
            try {
              em.flush();
            } catch (PersistenceException e) {
              throw translate(e, snapshot, read);
            }
            unitOfWork.insertedNew(MatterEvent.AGGREGATE_TYPE, row.number);
            for (String hash : applicantKeyHashes(snapshot.registration())) {
              em.createNativeQuery(
                      "insert into matter_applicant_key (registration_number, key_hash) values"
                          + " (?1, ?2)")
                  .setParameter(1, row.number)
                  .setParameter(2, hash)
                  .executeUpdate();
            }
          } else {
            em.merge(row);
          }
          try {
            em.flush();
          } catch (PersistenceException e) {
            throw translate(e, snapshot, read);
          }
          return null;
        });
    matter.markStored(next);
  }

  private RuntimeException translate(PersistenceException e, MatterSnapshot s, Version read) {
    if (!Rows.isUniqueViolation(e)) {
      return e;
    }
    Optional<SourceReference> source = s.registration().source();
    if (source.isPresent() && read.isNew()) {
      // Another transaction stored the same transfer at the same moment: its number is not
      // visible to this one, so the refusal names the reference only.
      return new DuplicateSourceReferenceException(source.get(), s.number());
    }
    return new OptimisticLockException("Matter", s.number().toString(), read, read.next());
  }

  @Override
  public Optional<Matter> find(RegistrationNumber number) {
    return unitOfWork.with(
        em ->
            Optional.ofNullable(em.find(MatterEntity.class, number.toString()))
                .map(this::toMatter));
  }

  @Override
  public Optional<Matter> findBySource(SourceReference source) {
    return unitOfWork.with(em -> findBySource(em, source));
  }

  private Optional<Matter> findBySource(EntityManager em, SourceReference source) {
    return em.createQuery(
            "select m from MatterEntity m where m.sourceSystem = :s and m.sourceReference = :r",
            MatterEntity.class)
        .setParameter("s", source.system().name())
        .setParameter("r", source.reference())
        .getResultStream()
        .findFirst()
        .map(this::toMatter);
  }

  @Override
  public List<Matter> registeredSince(Instant since) {
    return unitOfWork.with(
        em ->
            em
                .createQuery(
                    "select m from MatterEntity m where m.registeredAt >= :since order by"
                        + " m.registeredAt, m.number",
                    MatterEntity.class)
                .setParameter("since", Conversions.toColumn(since))
                .getResultList()
                .stream()
                .map(this::toMatter)
                .toList());
  }

  /**
   * One statement for every kind of candidate (same applicant by keyed hash, same category and area
   * by township name or code), answering each candidate's columns and whether it shares an
   * applicant key, never its document: the rule reads nothing else of it, and a township's earlier
   * documents, read and parsed at every registration, cost more than the rest of the registration
   * (README, benchmarks).
   */
  @Override
  public List<RepeatCandidate> repeatCandidates(Registration registration, Instant since) {
    CandidateQuery query = candidateQuery(registration, since);
    if (query == null) {
      return List.of();
    }
    return unitOfWork.with(
        em -> {
          var q = em.createNativeQuery(query.sql());
          for (int i = 0; i < query.parameters().size(); i++) {
            q.setParameter(i + 1, query.parameters().get(i));
          }
          List<RepeatCandidate> out = new ArrayList<>();
          for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            out.add(
                new RepeatCandidate(
                    RegistrationNumber.parse((String) r[0]),
                    instant(r[1]),
                    (String) r[2],
                    DivisionCode.of((String) r[3]),
                    Optional.ofNullable((String) r[4]),
                    Optional.ofNullable((String) r[5]).map(AreaCode::of),
                    ((Number) r[6]).intValue() != 0));
          }
          return out;
        });
  }

  /** A timestamp column as the driver answers it to a native query. */
  private static Instant instant(Object column) {
    return switch (column) {
      case OffsetDateTime t -> t.toInstant();
      case java.sql.Timestamp t -> t.toInstant();
      case Instant t -> t;
      default ->
          throw new IllegalStateException(
              "unexpected registered_at type " + column.getClass().getName());
    };
  }

  /** The SQL of {@link #repeatCandidates} and its positional parameters. */
  record CandidateQuery(String sql, List<Object> parameters) {}

  /**
   * The candidates' numbers are collected by one branch per kind, each answered from its own index
   * ({@code matter_applicant_key_hash}; {@code matter_area_category}; {@code
   * matter_area_code_category}), their union read once as a derived table and the rows joined to it
   * by primary key: H2 keeps no result of a union, so under {@code registration_number in (...)} it
   * ran the union again for every row it tested, and a registration's cost grew with the square of
   * its candidates ({@code H2RepeatCandidatesQueryPlanTest}). The kinds joined by {@code or} in one
   * {@code where} clause made PostgreSQL read every matter of the 90-day window, a cost that grew
   * with the county's intake ({@code PostgresRepeatCandidatesQueryPlanTest}). Null when the
   * registration has neither an applicant key nor a township: no earlier matter can be a candidate.
   */
  CandidateQuery candidateQuery(Registration registration, Instant since) {
    List<String> keys = List.copyOf(applicantKeyHashes(registration));
    Place place = registration.place();
    List<Object> p = new ArrayList<>();
    p.add(Conversions.toColumn(since));
    List<String> branches = new ArrayList<>();
    StringBuilder applicantKeys = new StringBuilder();
    if (!keys.isEmpty()) {
      for (String key : keys) {
        p.add(key);
        applicantKeys.append(applicantKeys.isEmpty() ? "?" : ", ?").append(p.size());
      }
      branches.add(
          "select k.registration_number from matter_applicant_key k where k.key_hash in ("
              + applicantKeys
              + ")");
    }
    // Place.sameArea: equal township codes, or equal township names — a superset of both. One
    // branch per kind of area key, each answered from its own index: the two joined by "or" in
    // one branch made H2 read every matter of the county's window
    // (H2RepeatCandidatesQueryPlanTest).
    List<String> area = new ArrayList<>();
    if (place.township().isPresent()) {
      p.add(place.township().get());
      area.add("a.township = ?" + p.size());
    }
    if (place.townshipCode().isPresent()) {
      p.add(place.townshipCode().get().value());
      area.add("a.township_code = ?" + p.size());
    }
    if (!area.isEmpty()) {
      p.add(place.county().value());
      String county = "?" + p.size();
      p.add(registration.categoryCode());
      String category = "?" + p.size();
      for (String key : area) {
        branches.add(
            "select a.registration_number from matter a where a.county = "
                + county
                + " and a.category_code = "
                + category
                + " and a.registered_at >= ?1 and "
                + key);
      }
    }
    if (branches.isEmpty()) {
      return null;
    }
    // whether the candidate shares an applicant key: a probe of the key table's primary key
    String sameApplicant =
        applicantKeys.isEmpty()
            ? "0"
            : "case when exists (select 1 from matter_applicant_key s where s.registration_number"
                + " = m.registration_number and s.key_hash in ("
                + applicantKeys
                + ")) then 1 else 0 end";
    String sql =
        "select m.registration_number, m.registered_at, m.category_code, m.county, m.township,"
            + " m.township_code, "
            + sameApplicant
            + " from ("
            + String.join(" union ", branches)
            + ") c join matter m on m.registration_number = c.registration_number"
            + " where m.registered_at >= ?1 order by m.registered_at, m.registration_number";
    return new CandidateQuery(sql, List.copyOf(p));
  }

  /**
   * The keyed hash ({@link ApplicantKeys}: HMAC under the configured secret) of each applicant's
   * identity key: the table can find a person's earlier matters without holding the ID number or
   * telephone number in a searchable column, and cannot be reversed without the secret.
   */
  Set<String> applicantKeyHashes(Registration registration) {
    Set<String> out = new LinkedHashSet<>();
    for (MatterParty p : registration.applicants()) {
      p.party().identityKey().ifPresent(k -> out.add(keys.hash(k)));
    }
    return out;
  }

  private Matter toMatter(MatterEntity row) {
    return Matter.fromSnapshot(DOCUMENTS.read(row.document), new Version(row.version));
  }
}
