package org.db3311.sgc.adapter.jpa;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.common.ProcessedEvents;

/**
 * {@link ProcessedEvents} in table {@code processed_event} ({@code V24__processed_event.sql}), so a
 * redelivered event is recognised after a restart too. Both operations join the caller's unit of
 * work when one is open: a consumer that records the event in the unit of its effect commits the
 * effect and the record together, or neither. Recording an id twice, even from two processes at
 * once, leaves one row and raises nothing ({@code on conflict do nothing} on PostgreSQL, {@code
 * merge} on H2).
 */
public final class JpaProcessedEvents implements ProcessedEvents {

  private final JpaUnitOfWork unitOfWork;
  private final Clock clock;
  private final boolean postgres;

  public JpaProcessedEvents(JpaStore store, Clock clock) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.postgres = store.settings().url().startsWith("jdbc:postgresql:");
  }

  @Override
  public boolean contains(String eventId) {
    if (eventId == null || eventId.isBlank()) {
      return false;
    }
    return unitOfWork.withConnection(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("select 1 from processed_event where event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          } catch (SQLException e) {
            throw new PersistenceUnavailableException("cannot read processed events", e);
          }
        });
  }

  @Override
  public void record(String eventId) {
    if (eventId == null || eventId.isBlank()) {
      throw new IllegalArgumentException("an event id is required");
    }
    if (eventId.length() > 512) {
      throw new IllegalArgumentException("an event id is at most 512 characters");
    }
    Timestamp now = Timestamp.from(clock.instant());
    String sql =
        postgres
            ? "insert into processed_event (event_id, recorded_at) values (?, ?)"
                + " on conflict (event_id) do nothing"
            : "merge into processed_event t using (values (cast(? as varchar(512)),"
                + " cast(? as timestamp with time zone))) s(event_id, recorded_at)"
                + " on t.event_id = s.event_id"
                + " when not matched then insert (event_id, recorded_at)"
                + " values (s.event_id, s.recorded_at)";
    unitOfWork.withConnection(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, eventId);
            ps.setTimestamp(2, now);
            return ps.executeUpdate();
          } catch (SQLException e) {
            throw new PersistenceUnavailableException("cannot record a processed event", e);
          }
        });
  }

  /**
   * Forgets the ids recorded before {@code cutoff} (retention); returns how many. Redeliveries come
   * within minutes or hours of the first delivery, so a cutoff of weeks forgets nothing still
   * needed.
   */
  public int forgetRecordedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return unitOfWork.withConnection(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("delete from processed_event where recorded_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(cutoff));
            return ps.executeUpdate();
          } catch (SQLException e) {
            throw new PersistenceUnavailableException("cannot forget processed events", e);
          }
        });
  }
}
