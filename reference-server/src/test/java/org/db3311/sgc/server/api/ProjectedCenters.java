package org.db3311.sgc.server.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.db3311.sgc.adapter.jpa.JpaMatterRepository;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.casefacts.PersonKeyer;
import org.db3311.sgc.core.casefacts.ProjectionSettings;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.facts.InMemoryCaseFactSource;
import org.db3311.sgc.server.wiring.Centers;
import org.db3311.sgc.server.wiring.ServerSettings;
import org.db3311.sgc.server.wiring.Wiring;

/**
 * Test wiring for the warning-handling tests: each county's center with the case-fact projection
 * on, so that matters registered over HTTP are facts the warning model scans. The server's own
 * wiring does not feed the facts yet; once it does, this alternative can go. Added with {@code
 * AddBean} to the one test class that needs it; {@link Centers}' constructor belongs to the wiring
 * package, hence the reflection.
 */
@ApplicationScoped
@Alternative
@Priority(100)
public class ProjectedCenters {

  @Produces
  @Singleton
  @Alternative
  Centers centers(ServerSettings settings, Clock clock) throws ReflectiveOperationException {
    Function<DivisionCode, Centers.County> open = county -> open(settings, county, clock);
    Constructor<Centers> make = Centers.class.getDeclaredConstructor(List.class, Function.class);
    make.setAccessible(true);
    return make.newInstance(settings.counties(), open);
  }

  void close(@Disposes Centers centers) {
    centers.close();
  }

  private static Centers.County open(ServerSettings settings, DivisionCode county, Clock clock) {
    Path dir = settings.dataDirectory().resolve("db");
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    JpaStore store =
        JpaStore.open(
            JpaSettings.embedded(dir)
                .inSchema(("county_" + county.value()).toUpperCase(Locale.ROOT)));
    GovernanceCenter center =
        GovernanceCenter.builder(county, clock)
            .unitOfWork(store.unitOfWork())
            .outbox(store.outbox())
            .auditTrail(store.auditTrail())
            .sequences(store.sequences())
            .matters(new JpaMatterRepository(store))
            .caseFacts(new InMemoryCaseFactSource())
            .caseFactProjection(
                ProjectionSettings.of(
                    new HolidayTableCalendar(),
                    Wiring.ZONE,
                    new PersonKeyer(
                        ("warning-handling-test-" + county.value())
                            .getBytes(StandardCharsets.UTF_8))))
            .build();
    return new Centers.County(county, center, store);
  }
}
