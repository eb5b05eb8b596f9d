package org.db3311.sgc.core.archive;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Assembles a closed matter's electronic file from whatever records casework hands over
 * (registration, materials' metadata and hashes, decisions, records, agreements, notices,
 * follow-up, the full audit trail): checks completeness against the policy and puts the records in
 * the order they happened, keeping the given order for records of the same instant.
 */
@Implements("7.3.2")
public final class ElectronicFileAssembler {

  private final CompletenessPolicy policy;
  private final ZoneId zone;

  /**
   * @param zone the center's time zone, in which a record's instant becomes a date
   */
  public ElectronicFileAssembler(CompletenessPolicy policy, ZoneId zone) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public AssemblyResult assemble(FileHeader header, List<ArchiveRecord> records) {
    Objects.requireNonNull(header, "header");
    Set<RecordType> present = EnumSet.noneOf(RecordType.class);
    records.forEach(r -> present.add(r.type()));
    Set<RecordType> missing = EnumSet.copyOf(policy.requiredFor(header.category()));
    missing.removeAll(present);
    List<String> problems = new ArrayList<>();
    records.stream()
        .filter(r -> r.type() == RecordType.REGISTRATION)
        .filter(r -> r.createdAt().atZone(zone).toLocalDate().isAfter(header.closedOn()))
        .forEach(r -> problems.add("registration dated after closure: " + r));
    if (!missing.isEmpty() || !problems.isEmpty()) {
      return new AssemblyResult.Incomplete(header.fileId(), missing, problems);
    }
    List<ArchiveRecord> ordered = new ArrayList<>(records);
    ordered.sort(Comparator.comparing(ArchiveRecord::createdAt));
    return new AssemblyResult.Assembled(new ElectronicFile(header, ordered));
  }
}
