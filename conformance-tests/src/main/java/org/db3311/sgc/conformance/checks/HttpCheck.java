package org.db3311.sgc.conformance.checks;

import java.util.List;
import org.db3311.sgc.conformance.ConformanceCheck;

/** A check's declaration: id, name, suite, the clauses it verifies and the writes it makes. */
abstract class HttpCheck implements ConformanceCheck {

  private final String id;
  private final String name;
  private final String suite;
  private final List<String> clauses;
  private final List<String> writes;

  HttpCheck(String id, String name, String suite, List<String> clauses, List<String> writes) {
    this.id = id;
    this.name = name;
    this.suite = suite;
    this.clauses = List.copyOf(clauses);
    this.writes = List.copyOf(writes);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String suite() {
    return suite;
  }

  @Override
  public List<String> clauses() {
    return clauses;
  }

  @Override
  public List<String> writes() {
    return writes;
  }
}
