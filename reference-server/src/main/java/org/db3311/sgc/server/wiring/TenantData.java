package org.db3311.sgc.server.wiring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * What the inspection tenant holds, counted and removed at the level of its schema: every row of
 * every table but the schema's own bookkeeping (migration history, the applicant key scheme,
 * scheduler leases), so that a new table is counted without anyone remembering to add it here.
 * Removal drops the whole schema; the store migrates a new, empty one when next opened.
 */
public final class TenantData {

  /** Tables that describe the schema or the deployment, not anything the tenant recorded. */
  static final Set<String> BOOKKEEPING =
      Set.of("flyway_schema_history", "applicant_key_scheme", "scheduler_lease");

  private final Centers centers;
  private final InspectionTenant tenant;

  public TenantData(Centers centers, InspectionTenant tenant) {
    this.centers = centers;
    this.tenant = tenant;
  }

  /** The records the tenant holds now. */
  public long records() {
    JpaSettings s = centers.of(county()).orElseThrow().store().settings();
    try (Connection c = connect(s)) {
      return count(c, s.schema().orElseThrow());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the records of the inspection tenant", e);
    }
  }

  /** Removes everything the tenant holds; returns how many records that was. */
  public long removeAll() {
    long[] removed = {0};
    centers.reset(
        county(),
        s -> {
          String schema = s.schema().orElseThrow();
          try (Connection c = connect(s);
              Statement st = c.createStatement()) {
            removed[0] = count(c, schema);
            st.execute("DROP SCHEMA " + schema + " CASCADE");
            if (!c.getAutoCommit()) {
              c.commit();
            }
          } catch (SQLException e) {
            throw new IllegalStateException("cannot remove the inspection tenant's data", e);
          }
        });
    // opened again at once, so that the next request finds the empty schema migrated
    centers.of(county()).orElseThrow();
    return removed[0];
  }

  private DivisionCode county() {
    if (!tenant.enabled()) {
      throw new IllegalStateException("the inspection tenant is off");
    }
    return tenant.county();
  }

  private static Connection connect(JpaSettings s) throws SQLException {
    return DriverManager.getConnection(s.url(), s.user(), s.password().orElse(null));
  }

  private static long count(Connection c, String schema) throws SQLException {
    List<String[]> tables = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select table_schema, table_name from information_schema.tables"
                + " where upper(table_schema) = upper(?) and table_type in ('BASE TABLE', 'TABLE')")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String table = rs.getString(2);
          if (!BOOKKEEPING.contains(table.toLowerCase(Locale.ROOT))) {
            tables.add(new String[] {rs.getString(1), table});
          }
        }
      }
    }
    long total = 0;
    try (Statement st = c.createStatement()) {
      for (String[] t : tables) {
        try (ResultSet rs =
            st.executeQuery("select count(*) from \"" + t[0] + "\".\"" + t[1] + "\"")) {
          rs.next();
          total += rs.getLong(1);
        }
      }
    }
    return total;
  }
}
