/**
 * The center profile (中心概况): the facts about one center that the assessment rules read, as
 * immutable records; the JSON format of the profile-json adapter maps onto these one to one.
 */
package org.db3311.sgc.core.assessment.profile;
