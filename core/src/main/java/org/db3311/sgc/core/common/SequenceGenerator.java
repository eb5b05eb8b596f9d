package org.db3311.sgc.core.common;

/**
 * Outgoing port: hands out sequence numbers, 1, 2, 3… within a scope (e.g. one county and day for
 * registration numbers). Numbers are never handed out twice within a scope.
 */
public interface SequenceGenerator {

  long next(String scope);
}
