/**
 * Building blocks shared by every subdomain: typed identifiers, aggregates and their domain events,
 * transition tables, the audit trail, actors, notifications and sequence numbers, with in-memory
 * implementations of those ports. A client failure has its own exception type ({@link
 * org.db3311.sgc.core.common.NotFoundException}, {@link
 * org.db3311.sgc.core.common.IllegalTransitionException}, ...) so that a REST layer can map it.
 */
package org.db3311.sgc.core.common;
