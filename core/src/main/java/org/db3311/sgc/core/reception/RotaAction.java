package org.db3311.sgc.core.reception;

/** What can be done to a rota. */
enum RotaAction {
  /** Creates the rota; not a transition of the table. */
  PLAN,
  ASSIGN_DAY,
  PUBLISH,
  REVISE
}
