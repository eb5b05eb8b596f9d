package org.db3311.sgc.core.archive.filing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.archive.filing.FilingResult.Filed;

/** Keeps filings in memory, for tests and embedding. */
public final class InMemoryVolumeStore implements VolumeStore {

  private final List<Filed> filings = new ArrayList<>();
  private final Set<String> filed = new HashSet<>();

  @Override
  public synchronized void add(Filed filing) {
    for (Volume v : filing.volumes()) {
      for (VolumeItem i : v.items()) {
        if (filed.contains(i.fileId())) {
          throw new IllegalStateException("file " + i.fileId() + " is already in a volume");
        }
      }
    }
    filing.volumes().forEach(v -> v.items().forEach(i -> filed.add(i.fileId())));
    filings.add(filing);
  }

  @Override
  public synchronized boolean isFiled(String fileId) {
    return filed.contains(fileId);
  }

  @Override
  public synchronized List<Volume> volumesOf(int year) {
    List<Volume> out = new ArrayList<>();
    filingsOf(year).forEach(f -> out.addAll(f.volumes()));
    return out;
  }

  @Override
  public synchronized List<Filed> filingsOf(int year) {
    return filings.stream().filter(f -> f.catalogue().year() == year).toList();
  }

  @Override
  public synchronized void replace(Filed received) {
    for (int i = 0; i < filings.size(); i++) {
      Filed f = filings.get(i);
      if (f.transferList().listHash().equals(received.transferList().listHash())) {
        if (!f.volumes().equals(received.volumes())) {
          throw new IllegalArgumentException("a received filing keeps its volumes");
        }
        filings.set(i, received);
        return;
      }
    }
    throw new IllegalArgumentException(
        "no filing with transfer list " + received.transferList().listHash());
  }
}
