package org.db3311.sgc.core.archive;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The outcome of assembling a file: assembled, or refused as incomplete with what is missing. */
public sealed interface AssemblyResult {

  record Assembled(ElectronicFile file) implements AssemblyResult {
    public Assembled {
      Objects.requireNonNull(file, "file");
    }
  }

  /**
   * @param missing every required record type the material lacks, not only the first
   */
  record Incomplete(String fileId, Set<RecordType> missing, List<String> problems)
      implements AssemblyResult {
    public Incomplete {
      missing = Set.copyOf(missing);
      problems = List.copyOf(problems);
      if (missing.isEmpty() && problems.isEmpty()) {
        throw new IllegalArgumentException("an incomplete file names what is wrong");
      }
    }
  }
}
