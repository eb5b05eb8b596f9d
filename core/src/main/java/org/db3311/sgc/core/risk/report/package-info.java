/**
 * Risk report documents and their dossiers: sections, charts, versions and sign-off before
 * publication.
 */
package org.db3311.sgc.core.risk.report;
