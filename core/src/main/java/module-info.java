/**
 * The DB3311/T 238—2023 core as a Java module: the clause catalog, the rules, the workflows of
 * every subdomain and the ports a product implements. It reads {@code java.base} only.
 *
 * <p>A vendor starts at {@link org.db3311.sgc.core.GovernanceCenter}: it takes the port
 * implementations and returns the use-case interfaces. Each exported package is one subdomain and
 * holds what a caller or an adapter meets: its use-case interfaces and their command records, its
 * snapshots and views, its outgoing ports with their in-memory implementations (the builder's
 * defaults, and the reference behaviour the contract tests in core's {@code tests} jar hold every
 * adapter to), the events that cross its boundary and the exceptions its use cases throw. Inside an
 * exported package the helpers that serve the package alone (its rule classes, report builders,
 * planners) are package-private; packages of helpers that serve core alone are not exported. {@code
 * ModuleApiTest} and the build's {@code ModuleBoundaryTest} check that nothing outside core needs
 * them, and that every public type of an exported package is used outside its package or listed
 * with its reason in the build's {@code core-api-allowlist.txt}.
 *
 * <p>The module opens no package, so its data files (the clause catalog, the standard's text, the
 * division tables, the holiday tables and lunar dates) cannot be read by name from another module
 * on the module path; core's API returns them: {@code ClauseCatalog.standard()} and {@code
 * standardSource()}, {@code DivisionRegistry.lishui()}, {@code DivisionTable.shipped()}, {@code
 * HolidayTableCalendar.shippedTables()}, {@code LunarDates.shipped()}.
 */
// the name is the one published since 0.1 as Automatic-Module-Name, digits of the standard included
@SuppressWarnings("module")
module org.db3311.sgc.core {
  exports org.db3311.sgc.core;
  exports org.db3311.sgc.core.archive;
  exports org.db3311.sgc.core.archive.filing;
  exports org.db3311.sgc.core.assessment;
  exports org.db3311.sgc.core.assessment.finding;
  exports org.db3311.sgc.core.assessment.profile;
  exports org.db3311.sgc.core.assessment.rule;
  exports org.db3311.sgc.core.calendar;
  exports org.db3311.sgc.core.casefacts;
  exports org.db3311.sgc.core.catalog;
  exports org.db3311.sgc.core.common;
  exports org.db3311.sgc.core.emergency;
  exports org.db3311.sgc.core.epidemic;
  exports org.db3311.sgc.core.evaluation;
  exports org.db3311.sgc.core.evaluation.feedback;
  exports org.db3311.sgc.core.evaluation.improvement;
  exports org.db3311.sgc.core.evaluation.staff;
  exports org.db3311.sgc.core.eventhandling;
  exports org.db3311.sgc.core.facts;
  exports org.db3311.sgc.core.followup;
  exports org.db3311.sgc.core.guidance;
  exports org.db3311.sgc.core.intake;
  exports org.db3311.sgc.core.mediation;
  exports org.db3311.sgc.core.notice;
  exports org.db3311.sgc.core.onward;
  exports org.db3311.sgc.core.reception;
  exports org.db3311.sgc.core.risk;
  exports org.db3311.sgc.core.risk.report;
  exports org.db3311.sgc.core.supervision;
  exports org.db3311.sgc.core.warning;
  // SurgeRule, a warning rule a product may configure, is parameterised by SurgeParameters: the
  // surge test is part of what a vendor tunes, so its package is API too.
  exports org.db3311.sgc.core.warning.surge;

// Not exported: org.db3311.sgc.core.common.json (the strict reader of core's own data files; its
// errors reach callers as IllegalArgumentException) and org.db3311.sgc.core.supervisionfeed (the
// subscription that GovernanceCenter wires; a vendor gets its effect through the entry point).
}
