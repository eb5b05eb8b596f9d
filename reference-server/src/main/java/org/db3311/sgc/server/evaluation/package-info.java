/**
 * 9.2 evaluation over HTTP (评价): the evaluation sheet of a period or of the month so far, figures
 * published with the definition version they used, and a published figure recomputed to show
 * whether it still matches (R8). Also the paging every chapter-9 list shares.
 */
package org.db3311.sgc.server.evaluation;
