/**
 * Risk identification and early warning over HTTP (风险识别和管控, 6.5): the open warnings, one warning
 * with its reasons and history, a scan run now, and the handling of a warning (publish,
 * acknowledge, close, dismiss), each change made against the state read.
 */
package org.db3311.sgc.server.warning;
