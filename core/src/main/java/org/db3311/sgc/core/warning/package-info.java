/**
 * Early warning (预警): explainable rules over analysis facts (group disputes, repeat petitions,
 * sensitive categories, escalation) and the surge detector; each warning names the facts and the
 * rule that raised it.
 */
package org.db3311.sgc.core.warning;
