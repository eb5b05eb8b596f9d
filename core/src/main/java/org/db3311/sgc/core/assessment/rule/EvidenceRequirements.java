package org.db3311.sgc.core.assessment.rule;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.Verification;

/**
 * Which clauses need a current attestation (ruling R11), decided in this one place from the clause
 * catalog's verification column: {@code ATTESTATION} clauses in every mode, {@code ORGANISATIONAL}
 * clauses in an inspection, no other clause ever.
 */
@Implements("R11")
final class EvidenceRequirements {

  private EvidenceRequirements() {}

  /** Whether a clause verified this way needs a current attestation in this mode. */
  public static boolean needsAttestation(Verification verification, EvidenceMode mode) {
    return switch (verification) {
      case ATTESTATION -> true;
      case ORGANISATIONAL -> mode == EvidenceMode.INSPECTION;
      case SOFTWARE_RULE, WORKFLOW_BEHAVIOUR, NONE -> false;
    };
  }

  /** Whether an attestation of a clause verified this way counts in some mode. */
  public static boolean takesAttestations(Verification verification) {
    for (EvidenceMode m : EvidenceMode.values()) {
      if (needsAttestation(verification, m)) {
        return true;
      }
    }
    return false;
  }

  /** Of the given clauses, those that need a current attestation in the mode, in order. */
  public static SortedSet<ClauseId> attestedClauses(
      ClauseCatalog catalog, Collection<ClauseId> clauses, EvidenceMode mode) {
    SortedSet<ClauseId> out = new TreeSet<>();
    for (ClauseId c : clauses) {
      if (needsAttestation(catalog.get(c.value()).verification(), mode)) {
        out.add(c);
      }
    }
    return Collections.unmodifiableSortedSet(out);
  }
}
