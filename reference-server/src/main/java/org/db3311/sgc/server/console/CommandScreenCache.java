package org.db3311.sgc.server.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps each county's command screen for a short while ({@value #PROPERTY}, {@value #DEFAULT} by
 * default): every wall and browser showing the screen refreshes it every half minute or so, and
 * each refresh would otherwise scan twelve weeks of matters again. Kept per county and language
 * (the screen carries its labels); a screen with a failing part is not kept, so the next refresh
 * tries the part again. Refreshes of the same county that arrive together wait for one scan. {@code
 * PT0S} keeps nothing. The time is the server's clock; a clock set back counts as expired.
 */
@ApplicationScoped
public class CommandScreenCache {

  /** The configuration property: an ISO-8601 duration. */
  static final String PROPERTY = "sgc.console.screen.cache-ttl";

  static final String DEFAULT = "PT30S";

  /** One county's screen in one language. */
  public record Key(String county, String lang) {}

  private record Kept(Instant at, LeaderViews.Screen screen) {}

  private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
  private final Map<Key, Object> locks = new ConcurrentHashMap<>();
  private Duration ttl;
  private Supplier<Instant> now;

  /** For CDI. */
  protected CommandScreenCache() {}

  @Inject
  CommandScreenCache(
      @ConfigProperty(name = PROPERTY, defaultValue = DEFAULT) String ttl, Clock clock) {
    this(parse(ttl), clock::instant);
  }

  /** A cache keeping screens for {@code ttl} by the time {@code now} tells. */
  CommandScreenCache(Duration ttl, Supplier<Instant> now) {
    this.ttl = ttl;
    this.now = now;
  }

  /** Reads the configuration at start, so that a bad value fails the start, naming the property. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    ttl();
  }

  public Duration ttl() {
    return ttl;
  }

  /** The TTL as configured: an ISO-8601 duration, zero or more. */
  static Duration parse(String text) {
    Duration d;
    try {
      d = Duration.parse(text.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException(
          PROPERTY
              + " is an ISO-8601 duration such as PT30S (PT0S keeps nothing), not '"
              + text
              + "'");
    }
    if (d.isNegative()) {
      throw new IllegalArgumentException(PROPERTY + " cannot be negative: " + text);
    }
    return d;
  }

  /** The county's screen kept less than the TTL ago, else a fresh one from {@code scan}. */
  public LeaderViews.Screen screen(Key key, Supplier<LeaderViews.Screen> scan) {
    if (ttl.isZero()) {
      return scan.get();
    }
    Kept k = fresh(key);
    if (k != null) {
      return k.screen();
    }
    synchronized (locks.computeIfAbsent(key, x -> new Object())) {
      // another refresh may have scanned while this one waited
      k = fresh(key);
      if (k != null) {
        return k.screen();
      }
      Instant at = now.get();
      LeaderViews.Screen s = scan.get();
      if (s.failures().isEmpty()) {
        kept.put(key, new Kept(at, s));
      } else {
        kept.remove(key);
      }
      return s;
    }
  }

  private Kept fresh(Key key) {
    Kept k = kept.get(key);
    if (k == null) {
      return null;
    }
    Duration age = Duration.between(k.at(), now.get());
    return age.isNegative() || age.compareTo(ttl) >= 0 ? null : k;
  }
}
