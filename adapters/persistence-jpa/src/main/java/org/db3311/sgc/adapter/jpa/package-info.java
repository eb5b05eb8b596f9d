/**
 * Durable storage for the core's ports on Jakarta Persistence: {@link
 * org.db3311.sgc.adapter.jpa.JpaStore} opens EclipseLink in Java SE mode over a HikariCP pool,
 * migrates the schema with Flyway (H2 in file mode or PostgreSQL) and hands out the unit of work,
 * audit trail, outbox and sequences that share it, which the repositories ({@link
 * org.db3311.sgc.adapter.jpa.JpaMatterRepository}) join. See {@code docs/persistence.md}.
 */
package org.db3311.sgc.adapter.jpa;
