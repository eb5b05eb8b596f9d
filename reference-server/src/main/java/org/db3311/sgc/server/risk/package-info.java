/**
 * Risk analysis over HTTP (社会风险分析研判, 6.4): the daily collection, the weekly bulletin with one
 * special report per major risk, the monthly report with mitigation measures, each report's dossier
 * from the system's draft through a person's revisions to the sign-off.
 */
package org.db3311.sgc.server.risk;
