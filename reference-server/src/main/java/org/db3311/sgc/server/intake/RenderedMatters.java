package org.db3311.sgc.server.intake;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.server.http.ETags;

/**
 * The answer to a matter read — its view as JSON and its ETag — kept by the snapshot it shows, for
 * up to {@value #CAPACITY} snapshots. A matter is read far more often than it changes, and mapping,
 * masking, writing the view with JSON-B and digesting the snapshot's full text for the ETag cost a
 * sixth of a read's CPU (README, Benchmarks). Keyed by the snapshot's value (records compare every
 * component), so an entry is never stale: a changed matter is another key. The bytes are what
 * Jersey's JSON-B provider writes for the view (its default {@link Jsonb}, UTF-8).
 */
final class RenderedMatters {

  /** The view's JSON (never changed once made: every response writes the same array) and tag. */
  record Rendered(byte[] json, EntityTag tag) {}

  /**
   * Equal when the snapshots are equal in every component; hashed on the few that tell one matter
   * and one of its states from another, since a record's own hash walks the whole snapshot
   * (parties, texts, materials) on every read. States of one matter that share this hash only share
   * a bucket.
   */
  private record Key(MatterSnapshot snapshot, boolean reveal) {
    @Override
    public int hashCode() {
      int h = snapshot.number().hashCode();
      h = 31 * h + snapshot.state().hashCode();
      h = 31 * h + snapshot.materials().size();
      h = 31 * h + snapshot.notices().size();
      h = 31 * h + snapshot.reopenCount();
      return 31 * h + Boolean.hashCode(reveal);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && reveal == k.reveal && snapshot.equals(k.snapshot);
    }
  }

  private static final int CAPACITY = 1_024;

  /** Jersey's JSON-B provider uses the default configuration too (no {@code Jsonb} resolver). */
  private static final Jsonb JSON = JsonbBuilder.create();

  private static final Cache<Key, Rendered> ENTRIES =
      Caffeine.newBuilder().maximumSize(CAPACITY).build();

  private RenderedMatters() {}

  /** {@code s} as a read answers it, identifiers unmasked only when {@code reveal}. */
  static Rendered of(MatterSnapshot s, boolean reveal) {
    Key key = new Key(s, reveal);
    Rendered known = ENTRIES.getIfPresent(key);
    if (known != null) {
      return known;
    }
    // made without holding anything: two readers of a new state may both make it, harmlessly
    Rendered made =
        new Rendered(JSON.toJson(MatterView.of(s, reveal)).getBytes(UTF_8), ETags.of(s));
    ENTRIES.put(key, made);
    return made;
  }
}
