/**
 * Follow-up over HTTP (回访, 6.2.1.4): the result notices sent to every party when a matter closes
 * (6.2.1.4.1), the satisfaction survey (6.2.1.4.2), reopening after a dissatisfied answer, and
 * concluding.
 */
package org.db3311.sgc.server.followup;
