package org.db3311.sgc.server.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.db3311.sgc.adapter.jpa.JpaArchiveStore;
import org.db3311.sgc.adapter.jpa.JpaCaseFactStore;
import org.db3311.sgc.adapter.jpa.JpaCorrectiveActionRepository;
import org.db3311.sgc.adapter.jpa.JpaDailyCollectionStore;
import org.db3311.sgc.adapter.jpa.JpaDutyRosterRepository;
import org.db3311.sgc.adapter.jpa.JpaEpidemicCaseRepository;
import org.db3311.sgc.adapter.jpa.JpaEpidemicCommandRepository;
import org.db3311.sgc.adapter.jpa.JpaExerciseLog;
import org.db3311.sgc.adapter.jpa.JpaFeedbackRepository;
import org.db3311.sgc.adapter.jpa.JpaFollowUpRepository;
import org.db3311.sgc.adapter.jpa.JpaGovernanceEventRepository;
import org.db3311.sgc.adapter.jpa.JpaGuidanceTaskRepository;
import org.db3311.sgc.adapter.jpa.JpaIncidentRepository;
import org.db3311.sgc.adapter.jpa.JpaMatterRepository;
import org.db3311.sgc.adapter.jpa.JpaMatterTraceRepository;
import org.db3311.sgc.adapter.jpa.JpaMediationCaseRepository;
import org.db3311.sgc.adapter.jpa.JpaMissedReportLog;
import org.db3311.sgc.adapter.jpa.JpaOnwardReferralRepository;
import org.db3311.sgc.adapter.jpa.JpaPublishedFigureStore;
import org.db3311.sgc.adapter.jpa.JpaReceptionRepository;
import org.db3311.sgc.adapter.jpa.JpaRecheckBoard;
import org.db3311.sgc.adapter.jpa.JpaReportDossierRepository;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.adapter.jpa.JpaStaffRecords;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.adapter.jpa.JpaSupervisionFileRepository;
import org.db3311.sgc.adapter.jpa.JpaVolumeStore;
import org.db3311.sgc.adapter.jpa.JpaWarningRepository;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.casefacts.PersonKeyer;
import org.db3311.sgc.core.casefacts.ProjectionSettings;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.Notifier;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.notice.QueueingSupervisionNotifier;
import org.db3311.sgc.core.risk.ReportSchedule;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The composition root of the server: one store, one center per county, every port chosen by
 * configuration. No business rule lives here; the core's {@link GovernanceCenter} wires its own
 * services.
 */
@ApplicationScoped
public class Wiring {

  private static final Logger LOG = Logger.getLogger(Wiring.class.getName());

  /** China Standard Time: the standard's days and deadlines are Beijing days. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Produces
  @Singleton
  ServerSettings settings() {
    return ServerSettings.from(ConfigProvider.getConfig());
  }

  @Produces
  @Singleton
  Clock clock() {
    return Clock.system(ZONE);
  }

  /** The store of one county: its own schema in the configured database or the embedded one. */
  static JpaStore store(ServerSettings settings, DivisionCode county) {
    JpaSettings jpa = storeSettings(settings, county);
    JpaStore store = StoreHeadStart.take(county, jpa).orElseGet(() -> JpaStore.open(jpa));
    LOG.info(() -> "county " + county.value() + ": " + store.health().detail());
    return store;
  }

  /** The settings of one county's store: its own schema, the embedded database's directory made. */
  static JpaSettings storeSettings(ServerSettings settings, DivisionCode county) {
    JpaSettings jpa;
    if (settings.database().isPresent()) {
      jpa = JpaSettings.from(settings.database().get());
    } else {
      Path dir = settings.dataDirectory().resolve("db");
      try {
        Files.createDirectories(dir);
      } catch (java.io.IOException e) {
        throw new IllegalStateException("cannot create the data directory " + dir, e);
      }
      jpa = JpaSettings.embedded(dir);
    }
    String schema = jpa.schema().map(s -> s + "_").orElse("") + "county_" + county.value();
    if (jpa.url().startsWith("jdbc:h2:")) {
      // H2 folds unquoted names to upper case and then looks a schema up by its exact name
      schema = schema.toUpperCase(java.util.Locale.ROOT);
    }
    return jpa.inSchema(schema);
  }

  @Produces
  @Singleton
  Centers centers(ServerSettings settings, Clock clock, InspectionTenant tenant) {
    // what every county shares is read once, and a bad property fails here, not at a county's
    // first request; the inspection tenant, when on, is one more county, on a clock of its own
    Config config = ConfigProvider.getConfig();
    Shared shared =
        new Shared(
            settings,
            Calendars.configured(config),
            ConfiguredHeadquarters.from(config),
            ConfiguredDutyMobiles.from(config),
            config);
    // one county's store opens (and migrates) at a time: every county's schema lives in one
    // database, and on H2 two migrations at once can time out on each other's locks, leaving a
    // migration recorded as failed (seen once on a loaded machine when the scheduler and a request
    // opened two counties together)
    Object opening = new Object();
    return new Centers(
        tenant.served(settings.counties()),
        county -> {
          synchronized (opening) {
            return open(shared, county, tenant.clockOf(county, clock));
          }
        });
  }

  void close(@Disposes Centers centers) {
    centers.close();
  }

  /**
   * The keyer of the person keys analysis compares across matters (6.5.1): its secret is derived
   * from the deployment's applicant-key secret under a label of its own, so one configured secret
   * serves both and neither key can be computed from the other's output.
   */
  static PersonKeyer personKeyer(JpaSettings jpa) {
    return new PersonKeyer(DerivedKeys.of(jpa, "sgc person key v1"));
  }

  /** What every county's center is built with besides its store and clock. */
  record Shared(
      ServerSettings settings,
      WorkingCalendar calendar,
      ConfiguredHeadquarters headquarters,
      ConfiguredDutyMobiles dutyMobiles,
      Config config) {}

  static Centers.County open(Shared shared, DivisionCode county, Clock clock) {
    JpaStore store = store(shared.settings(), county);
    WorkingCalendar calendar = shared.calendar();
    // every notice of the county goes through its notice queue, in the use case's unit of work
    Notifier notifier = MessagingWiring.notifier(store, clock);
    GovernanceCenter.Builder builder =
        GovernanceCenter.builder(county, clock)
            .calendar(calendar)
            .unitOfWork(store.unitOfWork())
            .outbox(store.outbox())
            .notifier(notifier)
            // 6.8: guidance supervision notices by text to a unit's duty mobile, else its inbox
            .supervisionNotifier(new QueueingSupervisionNotifier(notifier, shared.dutyMobiles()))
            .auditTrail(store.auditTrail())
            .sequences(store.sequences())
            .matters(new JpaMatterRepository(store))
            .supervisionFiles(new JpaSupervisionFileRepository(store))
            .mediationCases(new JpaMediationCaseRepository(store))
            .onwardReferrals(new JpaOnwardReferralRepository(store))
            .governanceEvents(new JpaGovernanceEventRepository(store))
            .dutyRosters(new JpaDutyRosterRepository(store))
            .followUps(new JpaFollowUpRepository(store))
            .receptions(new JpaReceptionRepository(store))
            // the analysis stores: without them warnings, reports, feedback, archives and the
            // published figures would live in memory and be lost at the next restart
            .caseFacts(new JpaCaseFactStore(store))
            .matterTraces(new JpaMatterTraceRepository(store))
            .caseFactProjection(
                ProjectionSettings.of(calendar, ZONE, personKeyer(store.settings())))
            .warnings(new JpaWarningRepository(store))
            .incidents(new JpaIncidentRepository(store))
            .headquarters(shared.headquarters())
            .epidemicCases(new JpaEpidemicCaseRepository(store))
            .epidemicCommand(new JpaEpidemicCommandRepository(store))
            .guidanceTasks(new JpaGuidanceTaskRepository(store))
            .feedback(new JpaFeedbackRepository(store))
            .correctiveActions(new JpaCorrectiveActionRepository(store))
            .recheckBoard(new JpaRecheckBoard(store))
            .dailyCollections(new JpaDailyCollectionStore(store))
            .reportDossiers(new JpaReportDossierRepository(store))
            .archive(new JpaArchiveStore(store))
            .volumes(new JpaVolumeStore(store))
            .publishedFigures(new JpaPublishedFigureStore(store))
            .exerciseLog(new JpaExerciseLog(store))
            .missedReportLog(new JpaMissedReportLog(store))
            .staffRecords(new JpaStaffRecords(store));
    // 6.4.1: missed reports are watched from the center's go-live date; without it, from the day
    // this county's center is built (a restart moves that day, so deployments should set it)
    shared
        .config()
        .getOptionalValue("sgc.risk.monitored-from", String.class)
        .map(LocalDate::parse)
        .ifPresent(
            from ->
                builder.reportSchedule(
                    ReportSchedule.defaults(
                        ZONE, from, UnitId.of("risk-desk"), UnitId.of("risk-desk"))));
    OutsideWorld.from(shared.config(), clock).applyTo(builder);
    CenterVariant.configured().apply(county, store, builder);
    GovernanceCenter center = builder.build();
    return new Centers.County(county, center, store);
  }
}
