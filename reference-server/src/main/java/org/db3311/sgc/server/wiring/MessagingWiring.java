package org.db3311.sgc.server.wiring;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.db3311.sgc.adapter.amqp.AmqpHealth;
import org.db3311.sgc.adapter.amqp.AmqpOutboxRelay;
import org.db3311.sgc.adapter.jpa.JpaNoticeQueue;
import org.db3311.sgc.adapter.jpa.JpaProcessedEvents;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.adapter.sms.HttpSmsNotifier;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InProcessOutboxRelay;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.SweepResult;
import org.db3311.sgc.core.notice.NoticeDispatcher;
import org.db3311.sgc.core.notice.NoticeSender;
import org.db3311.sgc.core.notice.QueueingNotifier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's messaging: per county, the relay of its outbox and the dispatcher of its notice
 * queue, run together every {@code sgc.messaging.interval} on one thread.
 *
 * <ul>
 *   <li>The outbox goes to RabbitMQ ({@link AmqpOutboxRelay}) when {@code sgc.amqp.host} is set,
 *       otherwise to subscribers in this process ({@link InProcessOutboxRelay}, deduplicating per
 *       subscriber in the county's {@code processed_event} table). Several server instances on one
 *       database are safe: each relay claims rows under its instance's name, so no row is held by
 *       two at once, and consumers drop a redelivery by event id.
 *   <li>The use cases send through a {@link QueueingNotifier} ({@link #notifier}), so a notice is
 *       committed with its change; the {@link NoticeDispatcher} sends text messages through the SMS
 *       gateway when {@code sgc.sms.endpoint} is set. Channels without a gateway (and every channel
 *       when no SMS gateway is configured) go to the {@link RecordingNoticeSender}, which <b>sends
 *       nothing</b> and only logs and records the notice.
 * </ul>
 *
 * One county's failure is logged and stops no other county's round.
 */
@ApplicationScoped
public class MessagingWiring {

  private static final Logger LOG = Logger.getLogger(MessagingWiring.class.getName());
  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final int BATCH = 200;

  @Inject Centers centers;
  @Inject Clock clock;

  private MessagingSettings settings;
  private Optional<HttpSmsNotifier> sms;
  private RecordingNoticeSender unsent;
  private final Map<DivisionCode, CountyMessaging> counties = new ConcurrentHashMap<>();
  private final Map<String, Consumer<IntegrationEvent>> subscribers = new ConcurrentHashMap<>();
  private final Map<DivisionCode, Instant> lastHousekeeping = new ConcurrentHashMap<>();
  private ScheduledExecutorService executor;

  /**
   * One county's relay and dispatcher, on the county's store and clock (the inspection tenant's
   * clock is its own, so its notices fall due on its time, not on real time).
   */
  private record CountyMessaging(
      JpaStore store,
      Clock clock,
      Optional<InProcessOutboxRelay> inProcess,
      Optional<AmqpOutboxRelay> amqp,
      NoticeDispatcher dispatcher,
      JpaNoticeQueue notices,
      JpaProcessedEvents processed) {}

  /** What one round did in one county. */
  public record CountyReport(
      String county,
      int relayed,
      List<String> relayFailures,
      int noticesSent,
      int noticesRetried,
      List<String> noticeFailures) {}

  /** The settings read at start-up (checked then: a misconfigured adapter fails the start). */
  public MessagingSettings settings() {
    init();
    return settings;
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    init();
    if (settings.interval().isZero()) {
      LOG.info(
          "the outbox relay and notice dispatcher run on demand only (sgc.messaging.interval=PT0S)");
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sgc-messaging");
              t.setDaemon(true);
              return t;
            });
    long ms = settings.interval().toMillis();
    executor.scheduleWithFixedDelay(this::runSafely, ms, ms, TimeUnit.MILLISECONDS);
  }

  private synchronized void init() {
    if (settings != null) {
      return;
    }
    settings = MessagingSettings.from(ConfigProvider.getConfig());
    sms = settings.sms().map(p -> HttpSmsNotifier.fromProperties(p, clock));
    EnumSet<Notification.Channel> others = EnumSet.allOf(Notification.Channel.class);
    sms.ifPresent(s -> others.removeIf(s::handles));
    unsent = new RecordingNoticeSender(others, clock);
    LOG.info(
        () ->
            "messaging: outbox relayed "
                + settings.amqp().map(a -> "to " + a).orElse("in process")
                + "; text messages "
                + sms.map(s -> "sent through " + s).orElse("NOT SENT (no sgc.sms.endpoint)")
                + "; not sent, only recorded: "
                + others);
  }

  /** The notifier a county's use cases send through: into its notice queue, in their unit. */
  static Notifier notifier(JpaStore store, Clock clock) {
    return new QueueingNotifier(new JpaNoticeQueue(store), store.unitOfWork(), clock);
  }

  /**
   * Delivers every integration event of every county to {@code consumer} when the outbox is relayed
   * in process; {@code name} must stay the same across restarts (it keys the deduplication).
   * Counties already running get it from their next round.
   */
  public synchronized void subscribe(String name, Consumer<IntegrationEvent> consumer) {
    init();
    if (subscribers.putIfAbsent(name, consumer) != null) {
      throw new IllegalArgumentException("a subscriber named " + name + " exists already");
    }
    counties.values().forEach(c -> c.inProcess().ifPresent(r -> r.subscribe(name, consumer)));
  }

  /** The SMS gateway, when {@code sgc.sms.endpoint} is set: its key signs its callbacks too. */
  public Optional<HttpSmsNotifier> smsGateway() {
    init();
    return sms;
  }

  /** The sender standing in for channels without a gateway. */
  public RecordingNoticeSender unsent() {
    init();
    return unsent;
  }

  /** Whether the broker is reachable, when one is configured. */
  public Optional<AmqpHealth> brokerHealth() {
    init();
    return settings.amqp().map(org.db3311.sgc.adapter.amqp.AmqpEventPublisher::health);
  }

  private void runSafely() {
    try {
      List<CountyReport> r = runOnce();
      r.stream()
          .filter(
              c ->
                  c.relayed() + c.noticesSent() + c.noticesRetried() > 0
                      || !c.relayFailures().isEmpty()
                      || !c.noticeFailures().isEmpty())
          .forEach(c -> LOG.info(() -> "messaging round: " + c));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "messaging round failed", e);
    }
  }

  /**
   * One round in every county: relay the outbox, send the due notices, forget what is past
   * retention.
   */
  public synchronized List<CountyReport> runOnce() {
    init();
    List<CountyReport> reports = new ArrayList<>();
    for (DivisionCode code : centers.counties()) {
      try {
        Centers.County county = centers.of(code).orElseThrow();
        // a county whose store was opened afresh (the inspection tenant's data removed) gets a
        // relay and dispatcher on the new store
        CountyMessaging m =
            counties.compute(
                code,
                (c, had) -> {
                  if (had != null && had.store() == county.store()) {
                    return had;
                  }
                  if (had != null) {
                    had.amqp().ifPresent(AmqpOutboxRelay::close);
                  }
                  return open(county);
                });
        SweepResult<IntegrationEvent> relayed =
            m.amqp().isPresent()
                ? m.amqp().get().drain(BATCH)
                : m.inProcess().orElseThrow().drain(BATCH);
        List<NoticeDispatcher.Report> sent = m.dispatcher().dispatchAllDue(20);
        housekeeping(code, m);
        reports.add(
            new CountyReport(
                code.value(),
                relayed.items().size(),
                relayed.failed().stream().map(f -> f.item() + ": " + f.reason()).toList(),
                sent.stream().mapToInt(r -> r.sent().size()).sum(),
                sent.stream().mapToInt(r -> r.retried().size()).sum(),
                sent.stream()
                    .flatMap(r -> r.failed().stream())
                    .map(f -> f.item() + ": " + f.reason())
                    .toList()));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "messaging of county " + code.value() + " failed", e);
        reports.add(
            new CountyReport(
                code.value(), 0, List.of(String.valueOf(e.getMessage())), 0, 0, List.of()));
      }
    }
    return reports;
  }

  /**
   * Hourly: forgets handled event ids and settled notices past their retention — the notices hold
   * names and telephone numbers (docs/persistence.md suggests 30 days after settlement).
   */
  private void housekeeping(DivisionCode code, CountyMessaging m) {
    // hourly on real time; the retention is counted on the county's own time
    Instant real = clock.instant();
    Instant last = lastHousekeeping.get(code);
    if (last != null && last.isAfter(real.minus(Duration.ofHours(1)))) {
      return;
    }
    Instant now = m.clock().instant();
    m.processed().forgetRecordedBefore(now.minus(settings.processedRetention()));
    m.notices().forgetSettledBefore(now.minus(settings.noticeRetention()));
    lastHousekeeping.put(code, real);
  }

  private CountyMessaging open(Centers.County county) {
    JpaStore store = county.store();
    Clock clock = county.center().clock();
    String name = Scheduler.INSTANCE + "/" + county.code().value();
    JpaProcessedEvents processed = new JpaProcessedEvents(store, clock);
    Optional<AmqpOutboxRelay> amqp =
        settings.amqp().map(a -> new AmqpOutboxRelay(store.outbox(), a, name, clock, LEASE));
    Optional<InProcessOutboxRelay> inProcess =
        amqp.isPresent()
            ? Optional.empty()
            : Optional.of(
                new InProcessOutboxRelay(
                    store.outbox(), store.unitOfWork(), processed, name, clock, LEASE));
    inProcess.ifPresent(r -> subscribers.forEach(r::subscribe));
    List<NoticeSender> senders = new ArrayList<>();
    sms.ifPresent(senders::add);
    senders.add(unsent);
    JpaNoticeQueue notices = new JpaNoticeQueue(store);
    NoticeDispatcher dispatcher =
        new NoticeDispatcher(
            notices, senders, clock, NoticeDispatcher.Policy.standard(), name, new SecureRandom());
    return new CountyMessaging(store, clock, inProcess, amqp, dispatcher, notices, processed);
  }

  /** Lets a running round finish, then closes the broker connections. */
  @PreDestroy
  void stop() {
    if (executor != null) {
      executor.shutdown();
      try {
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
          executor.shutdownNow();
        }
      } catch (InterruptedException e) {
        executor.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    counties.values().forEach(c -> c.amqp().ifPresent(AmqpOutboxRelay::close));
    counties.clear();
  }
}
