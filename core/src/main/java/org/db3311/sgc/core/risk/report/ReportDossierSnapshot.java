package org.db3311.sgc.core.risk.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;

/**
 * Everything a report dossier holds, as an immutable value: what repositories store and what {@link
 * ReportDossier#fromSnapshot} rebuilds a dossier from.
 *
 * @param signedVersion the number of the version signed off, empty while drafted
 */
public record ReportDossierSnapshot(
    ReportDossierId id,
    List<ReportVersion> versions,
    ReportDossier.State state,
    Optional<Integer> signedVersion,
    Optional<Actor> signedBy) {

  public ReportDossierSnapshot {
    Objects.requireNonNull(id, "id");
    versions = List.copyOf(versions);
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(signedVersion, "signedVersion");
    Objects.requireNonNull(signedBy, "signedBy");
    if (versions.isEmpty() || !versions.getFirst().bySystem()) {
      throw new IllegalArgumentException("report " + id + " starts with the system's draft");
    }
    for (int i = 0; i < versions.size(); i++) {
      if (versions.get(i).number() != i + 1) {
        throw new IllegalArgumentException("report " + id + ": versions are numbered 1, 2, …");
      }
    }
    boolean signed = state == ReportDossier.State.SIGNED_OFF;
    if (signed != signedVersion.isPresent() || signed != signedBy.isPresent()) {
      throw new IllegalArgumentException(
          "report " + id + " records a signed version and its signer exactly when signed off");
    }
    if (signedVersion.isPresent()
        && (signedVersion.get() < 1 || signedVersion.get() > versions.size())) {
      throw new IllegalArgumentException("report " + id + " has no version " + signedVersion.get());
    }
  }
}
