/**
 * Emergency command and coordination over HTTP (应急指挥协调, 6.6): an incident discovered from a report
 * or a system warning, graded, led, its plan activated, orders carried out, progress reported,
 * closed and reviewed; county-wide, as the county's command room works.
 */
package org.db3311.sgc.server.emergency;
