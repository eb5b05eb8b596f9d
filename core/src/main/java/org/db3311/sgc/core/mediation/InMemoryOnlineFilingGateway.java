package org.db3311.sgc.core.mediation;

import java.util.ArrayList;
import java.util.List;

/** An {@link OnlineFilingGateway} that keeps the files it is given. */
public final class InMemoryOnlineFilingGateway implements OnlineFilingGateway {

  private final List<CaseFile> submitted = new ArrayList<>();

  @Override
  public synchronized String submit(CaseFile file) {
    submitted.add(java.util.Objects.requireNonNull(file, "file"));
    return "filing-" + submitted.size();
  }

  public synchronized List<CaseFile> submitted() {
    return List.copyOf(submitted);
  }
}
