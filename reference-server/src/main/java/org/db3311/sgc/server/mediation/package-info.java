/**
 * Mediation over HTTP (调解, 6.2.1.1): {@link org.db3311.sgc.server.mediation.MediationResource}, its
 * request and view records, and {@link org.db3311.sgc.server.http.Requests}, what every casework
 * endpoint shares when reading a request.
 */
package org.db3311.sgc.server.mediation;
