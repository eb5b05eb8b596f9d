package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Queries as the analysis repositories run them: JPQL with named parameters, and plain SQL with
 * positional ones for the period scans whose plans the tests read ({@code EXPLAIN}).
 */
final class Jpql {

  private Jpql() {}

  /** The results of {@code jpql}, its parameters given as name, value, name, value… */
  static <T> List<T> list(
      EntityManager em, String jpql, Class<T> result, Object... namesAndValues) {
    jakarta.persistence.TypedQuery<T> q = em.createQuery(jpql, result);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      q.setParameter((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return q.getResultList();
  }

  /** The rows of a plain SQL query, its parameters bound in order. */
  @SuppressWarnings("unchecked")
  static <T> List<T> sql(EntityManager em, String sql, Object... parameters) {
    jakarta.persistence.Query q = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      q.setParameter(i + 1, parameters[i]);
    }
    return (List<T>) q.getResultList();
  }
}
