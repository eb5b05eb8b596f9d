/**
 * 9.3 improvement over HTTP (改进): corrective actions raised from findings, corrections reported and
 * re-checked, and the public board where every re-check result is disclosed as it is recorded
 * (9.3.3).
 */
package org.db3311.sgc.server.improvement;
