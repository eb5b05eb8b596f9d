/**
 * Electronic archives (电子档案): assembling a matter's electronic file, checking it is complete,
 * sealing it with a content hash and recording it in the archive ledger.
 */
package org.db3311.sgc.core.archive;
