package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;

/** JPQL queries with named parameters, as the analysis repositories run them. */
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
}
