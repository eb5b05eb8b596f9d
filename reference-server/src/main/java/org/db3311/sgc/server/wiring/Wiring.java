package org.db3311.sgc.server.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.db3311.sgc.adapter.jpa.JpaDutyRosterRepository;
import org.db3311.sgc.adapter.jpa.JpaFollowUpRepository;
import org.db3311.sgc.adapter.jpa.JpaGovernanceEventRepository;
import org.db3311.sgc.adapter.jpa.JpaMatterRepository;
import org.db3311.sgc.adapter.jpa.JpaMediationCaseRepository;
import org.db3311.sgc.adapter.jpa.JpaOnwardReferralRepository;
import org.db3311.sgc.adapter.jpa.JpaReceptionRepository;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.adapter.jpa.JpaSupervisionFileRepository;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.common.DivisionCode;
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
    JpaStore store = JpaStore.open(jpa.inSchema(schema));
    LOG.info(() -> "county " + county.value() + ": " + store.health().detail());
    return store;
  }

  @Produces
  @Singleton
  Centers centers(ServerSettings settings, Clock clock, InspectionTenant tenant) {
    // the inspection tenant, when on, is one more county, on a clock of its own
    return new Centers(
        tenant.served(settings.counties()),
        county -> open(settings, county, tenant.clockOf(county, clock)));
  }

  void close(@Disposes Centers centers) {
    centers.close();
  }

  static Centers.County open(ServerSettings settings, DivisionCode county, Clock clock) {
    JpaStore store = store(settings, county);
    GovernanceCenter center =
        GovernanceCenter.builder(county, clock)
            .unitOfWork(store.unitOfWork())
            .outbox(store.outbox())
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
            .build();
    return new Centers.County(county, center, store);
  }
}
