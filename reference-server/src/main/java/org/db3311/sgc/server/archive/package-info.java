/**
 * Archives over HTTP (档案管理, 7.3; 7.3.2 and 7.3.3): a closed matter's electronic file sealed and
 * entered in the ledger, the whole archive verified, a year filed into volumes with its catalogue
 * and transfer list, and the transfer received by the archives.
 */
package org.db3311.sgc.server.archive;
