/**
 * Handling of governance events (事件处置): triage by the center, assignment to a handling unit,
 * sign-for, handling, review, result reporting to the city center and archiving, round by round
 * when an event is reopened.
 */
package org.db3311.sgc.core.eventhandling;
