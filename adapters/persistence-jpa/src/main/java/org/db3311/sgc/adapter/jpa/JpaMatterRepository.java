package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.db3311.sgc.core.common.OptimisticLockException;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.intake.DuplicateSourceReferenceException;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterRepository;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
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
   * Snapshots decoded before, by registration number. Decoding the document costs more than reading
   * the row (a matter read over HTTP spent a tenth of its time there), and a matter is read far
   * more often than it changes. A snapshot is immutable, so one decoded copy serves every reader;
   * an entry is used only when the row read now has the same version and the same document, so the
   * row stays the truth. Bounded: emptied when full, as a sweep over every matter would otherwise
   * keep them all.
   */
  private final Map<String, Decoded> decoded = new ConcurrentHashMap<>();

  private static final int DECODED_MAX = 4096;

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
          MatterEntity stored =
              em.find(MatterEntity.class, row.number, LockModeType.PESSIMISTIC_WRITE);
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
            em.flush();
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

  @Override
  public List<Matter> repeatCandidates(Registration registration, Instant since) {
    Set<String> hashes = applicantKeyHashes(registration);
    Place place = registration.place();
    return unitOfWork.with(
        em -> {
          Set<String> numbers = new LinkedHashSet<>();
          if (!hashes.isEmpty()) {
            List<String> keys = List.copyOf(hashes);
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < keys.size(); i++) {
              in.append(i == 0 ? "?" : ", ?").append(i + 2);
            }
            var q =
                em.createNativeQuery(
                        "select distinct m.registration_number from matter m join"
                            + " matter_applicant_key k on k.registration_number ="
                            + " m.registration_number where m.registered_at >= ?1 and k.key_hash"
                            + " in ("
                            + in
                            + ")")
                    .setParameter(1, Conversions.toColumn(since));
            for (int i = 0; i < keys.size(); i++) {
              q.setParameter(i + 2, keys.get(i));
            }
            numbers.addAll(strings(q.getResultList()));
          }
          // Place.sameArea: equal township codes, or equal township names — a superset of both.
          if (place.township().isPresent()) {
            numbers.addAll(
                strings(
                    em.createNativeQuery(
                            "select registration_number from matter where county = ?1 and"
                                + " category_code = ?2 and township = ?3 and registered_at >= ?4")
                        .setParameter(1, place.county().value())
                        .setParameter(2, registration.categoryCode())
                        .setParameter(3, place.township().get())
                        .setParameter(4, Conversions.toColumn(since))
                        .getResultList()));
          }
          if (place.townshipCode().isPresent()) {
            numbers.addAll(
                strings(
                    em.createNativeQuery(
                            "select registration_number from matter where county = ?1 and"
                                + " category_code = ?2 and township_code = ?3 and"
                                + " registered_at >= ?4")
                        .setParameter(1, place.county().value())
                        .setParameter(2, registration.categoryCode())
                        .setParameter(3, place.townshipCode().get().value())
                        .setParameter(4, Conversions.toColumn(since))
                        .getResultList()));
          }
          return numbers.stream()
              .map(n -> em.find(MatterEntity.class, n))
              .filter(java.util.Objects::nonNull)
              .map(this::toMatter)
              .toList();
        });
  }

  private static List<String> strings(List<?> rows) {
    return rows.stream().map(String::valueOf).toList();
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
    Decoded d = decoded.get(row.number);
    MatterSnapshot snapshot;
    if (d != null && d.version() == row.version && d.document().equals(row.document)) {
      snapshot = d.snapshot();
    } else {
      snapshot = SnapshotCodec.read(row.document, MatterSnapshot.class);
      if (decoded.size() >= DECODED_MAX) {
        decoded.clear();
      }
      decoded.put(row.number, new Decoded(row.version, row.document, snapshot));
    }
    return Matter.fromSnapshot(snapshot, new Version(row.version));
  }

  /** A row as last decoded: reused only while the row's version and document are unchanged. */
  private record Decoded(long version, String document, MatterSnapshot snapshot) {}
}
