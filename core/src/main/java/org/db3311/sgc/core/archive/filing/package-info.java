/** Yearly filing of sealed archives into volumes (卷), with retention periods and transfer lists. */
package org.db3311.sgc.core.archive.filing;
