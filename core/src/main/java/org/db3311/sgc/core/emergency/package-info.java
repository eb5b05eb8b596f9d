/**
 * Emergency command coordination (应急指挥): an incident discovered from a report or a warning, graded
 * (the policy suggests, a person decides), put in charge of a leader or task force, coordinated
 * with the county headquarters, closed and reviewed.
 */
package org.db3311.sgc.core.emergency;
