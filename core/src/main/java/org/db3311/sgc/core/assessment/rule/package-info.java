/**
 * The assessment rules, one per clause or Appendix A row, each naming its clause; {@link
 * org.db3311.sgc.core.assessment.rule.CenterRules} is the registry a deployment extends with its
 * own rules.
 */
package org.db3311.sgc.core.assessment.rule;
