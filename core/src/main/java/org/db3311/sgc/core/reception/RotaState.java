package org.db3311.sgc.core.reception;

/** The states of a month's reception rota. */
public enum RotaState {
  DRAFT,
  /** Published to the public (定期公开领导接访安排). */
  PUBLISHED
}
