package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link MatterSearch} over an {@link InMemoryMatterRepository}, for tests and embedding. The
 * supervision of each matter (its lead unit and next deadline) is looked up by registration number,
 * e.g. {@code n -> files.find(n.toString()).map(f -> new Supervision(f.unit(),
 * f.snapshot().nextDeadline()))}, so intake need not know the supervision subdomain.
 */
public final class InMemoryMatterSearch implements MatterSearch {

  private final InMemoryMatterRepository matters;
  private final Function<RegistrationNumber, Optional<MatterSummary.Supervision>> supervision;

  public InMemoryMatterSearch(
      InMemoryMatterRepository matters,
      Function<RegistrationNumber, Optional<MatterSummary.Supervision>> supervision) {
    this.matters = Objects.requireNonNull(matters, "matters");
    this.supervision = Objects.requireNonNull(supervision, "supervision");
  }

  /** A search of matters none of which is under supervision. */
  public InMemoryMatterSearch(InMemoryMatterRepository matters) {
    this(matters, n -> Optional.empty());
  }

  @Override
  public MatterPage search(MatterQuery query) {
    List<MatterSummary> all =
        summaries().stream()
            .filter(query::matches)
            .filter(
                m ->
                    query
                        .after()
                        .map(a -> query.placeOrder().compare(MatterQuery.After.of(m), a) > 0)
                        .orElse(true))
            .sorted(query.order())
            .toList();
    int from = Math.min(query.offset(), all.size());
    int to = Math.min(from + query.limit(), all.size());
    return new MatterPage(query, all.subList(from, to), to < all.size());
  }

  @Override
  public int count(MatterQuery query) {
    return (int) summaries().stream().filter(query::matches).count();
  }

  @Override
  public void forEachRegistered(Instant from, Instant until, Consumer<? super MatterSummary> each) {
    MatterQuery period = MatterQuery.all().registeredBetween(from, until);
    summaries().stream()
        .filter(period::matches)
        .sorted(
            period
                .sortedBy(MatterQuery.Sort.REGISTERED_AT, MatterQuery.Direction.ASCENDING)
                .order())
        .forEach(each);
  }

  private List<MatterSummary> summaries() {
    return matters.snapshots().stream()
        .map(s -> MatterSummary.of(s, supervision.apply(s.number())))
        .toList();
  }
}
