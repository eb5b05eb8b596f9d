package org.db3311.sgc.adapter.jpa;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.facts.MatterFact;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V31: fills the report columns V30 added to the facts already stored, from their
 * documents, a batch at a time. A document that cannot be read is named in a warning and its row
 * left without them (the reports then do not count it) rather than failing the migration, so one
 * bad row does not keep a county's server from starting.
 */
final class CaseFactReportColumns extends StoreMigration {

  private static final System.Logger LOG = System.getLogger(CaseFactReportColumns.class.getName());
  private static final int BATCH = 500;

  CaseFactReportColumns() {
    super("31", "case fact report columns from documents", 31);
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    String after = "";
    List<String> unreadable = new ArrayList<>();
    while (true) {
      List<String[]> rows = new ArrayList<>();
      try (PreparedStatement q =
          c.prepareStatement(
              "select matter_id, document from case_fact where kind is null and matter_id > ?"
                  + " order by matter_id")) {
        q.setMaxRows(BATCH);
        q.setString(1, after);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            rows.add(new String[] {r.getString(1), r.getString(2)});
          }
        }
      }
      if (rows.isEmpty()) {
        break;
      }
      try (PreparedStatement u =
          c.prepareStatement(
              "update case_fact set kind = ?, cause = ?, place_label = ?, handling_method = ?,"
                  + " outcome = ? where matter_id = ?")) {
        for (String[] row : rows) {
          MatterFact f;
          try {
            f = SnapshotCodec.read(row[1], MatterFact.class);
          } catch (RuntimeException e) {
            unreadable.add(row[0]);
            continue;
          }
          u.setString(1, f.kind().name());
          u.setString(2, f.cause());
          u.setString(3, f.placeLabel());
          u.setString(4, f.handlingMethod());
          u.setString(5, f.outcome().map(Enum::name).orElse(null));
          u.setString(6, row[0]);
          u.addBatch();
        }
        u.executeBatch();
      }
      after = rows.get(rows.size() - 1)[0];
    }
    if (!unreadable.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "V31: {0} stored case fact(s) could not be read and are not counted by the reports: {1}",
          unreadable.size(),
          unreadable);
    }
  }
}
