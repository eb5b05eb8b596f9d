package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The state diagrams of docs/casework.md, checked against the transition tables that run: each
 * package's test hands its own (package-private) tables here, so the tables need not be public for
 * one test to reach them all.
 */
public final class WorkflowDocs {

  private WorkflowDocs() {}

  /**
   * Every transition of {@code table} is drawn in docs/casework.md as {@code from --> to : action}.
   */
  public static void assertDocumented(TransitionTable<?, ?> table) {
    String doc;
    try {
      doc = Files.readString(Path.of("../docs/casework.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(table.transitions()).as("transitions of %s", table).isNotEmpty();
    for (var x : table.transitions()) {
      assertThat(doc)
          .as("docs/casework.md draws %s --> %s : %s", x.from(), x.to(), x.action())
          .contains("    " + x.from() + " --> " + x.to() + " : " + x.action() + "\n");
    }
  }
}
