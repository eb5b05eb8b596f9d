package org.db3311.sgc.core.assessment.rule;

import org.db3311.sgc.core.catalog.Implements;

/**
 * A.1 — the resident units of tier 1 and tier 2 areas are those of Table A.1: the row of the
 * declared tier (R1), resident units only (R4), either of the two alternatives in tier 2 (R3).
 */
@Implements({"A.1", "R1", "R3", "R4"})
final class AppendixATableRule extends AppendixAReference {}
