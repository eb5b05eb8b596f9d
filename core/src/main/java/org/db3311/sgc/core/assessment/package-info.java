/**
 * Assessment of a center against the standard's requirements on the center itself (building, zones,
 * units, staffing, platforms): {@link org.db3311.sgc.core.assessment.AssessCenterUseCase} takes a
 * {@link org.db3311.sgc.core.assessment.profile.CenterProfile} and gives an {@link
 * org.db3311.sgc.core.assessment.AssessmentReport} with one finding per clause. See {@code
 * docs/assessment.md}.
 */
package org.db3311.sgc.core.assessment;
