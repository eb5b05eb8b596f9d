/**
 * Social-governance events over HTTP (社会治理事件, 6.3): receive an event matter, triage it (assign,
 * escalate to the duty leader, report to the city, transfer to another county), the handling steps,
 * the review and the result report.
 */
package org.db3311.sgc.server.events;
