package org.db3311.sgc.core.intake;

import org.db3311.sgc.core.catalog.Implements;

/** The applicant's choice at the 解纷码 entry: mediation online, or a visit to the center. */
@Implements("6.1.1.2.1")
public enum ResolutionPreference {
  ONLINE_MEDIATION,
  OFFLINE_VISIT
}
