package org.db3311.sgc.core.assessment.rule;

import org.db3311.sgc.core.catalog.Implements;

/**
 * 4.1.3.2 — resident units by tier as Appendix A lays down: checked against the row of the tier the
 * deployment declares (R1), counting only resident units (R4); a tier 2 center needs the litigation
 * service center or the labour arbitration court (R3).
 */
@Implements({"4.1.3.2", "R1", "R3", "R4"})
final class ResidentUnitsRule extends AppendixAReference {}
