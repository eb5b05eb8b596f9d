package org.db3311.sgc.adapter.jpa.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.db3311.sgc.core.intake.Category;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.supervision.SupervisionState;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Bulk-loads a generated data set into a schema the store has migrated: {@code matters} matters
 * registered over the year 2026 in the nine counties of Lishui (32 townships each, every category
 * and channel), a supervision file for every matter that reached acceptance (180 lead units, one
 * file in five with a participating unit, open files with a next deadline around their registration
 * plus 10–40 days) — with {@code COPY}, indexes dropped first and rebuilt after. A table {@code
 * bench_dataset} records what was loaded, so a later run with the same size reuses it.
 *
 * <p>The documents are real snapshot documents of one matter and one file (with the row's own
 * number written in where the document holds it as text): the measured queries read the columns
 * only, and the pages of the overdue list parse the documents they return.
 */
final class QueryBenchData {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final List<String> COUNTIES =
      List.of(
          "331102", "331121", "331122", "331123", "331124", "331125", "331126", "331127", "331181");
  static final int TOWNSHIPS = 32;
  static final int UNITS_PER_COUNTY = 20;
  static final int YEAR = 2026;

  private QueryBenchData() {}

  static String unit(String county, int n) {
    return "unit-" + county + "-" + n;
  }

  /** True when the schema holds a complete data set of this size. */
  static boolean loaded(Connection c, int matters) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "create table if not exists bench_dataset (matters integer primary key, loaded_at"
              + " timestamp with time zone not null)");
      try (ResultSet r =
          s.executeQuery("select count(*) from bench_dataset where matters = " + matters)) {
        r.next();
        if (r.getInt(1) != 1) {
          return false;
        }
      }
      // data sets loaded before the case facts were part of them (V30) are loaded again
      try (ResultSet r = s.executeQuery("select exists (select 1 from case_fact)")) {
        r.next();
        return r.getBoolean(1);
      }
    }
  }

  /**
   * Loads the data set, replacing whatever the matter and supervision tables held.
   *
   * @param matterDocument a stored matter document whose number is {@code templateNumber}
   * @param fileDocument a stored supervision document whose subject is {@code templateNumber}
   * @param factDocument a stored case fact document whose matter is {@code templateNumber}
   */
  static void load(
      String url,
      String user,
      String schema,
      int matters,
      String templateNumber,
      String matterDocument,
      String fileDocument,
      String factDocument)
      throws SQLException, java.io.IOException {
    try (Connection c = DriverManager.getConnection(url, user, null)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("set search_path to " + schema);
        s.execute("set maintenance_work_mem to '256MB'");
        s.execute("delete from bench_dataset");
        s.execute(
            "truncate matter_applicant_key, supervision_participant, supervision_file, matter,"
                + " case_fact");
      }
      List<String> indexes = dropIndexes(c, schema);
      CopyManager copy = c.unwrap(BaseConnection.class).getCopyAPI();
      Random random = new Random(2026);
      List<Category> categories = CategoryTaxonomy.defaults().all();
      Channel[] channels = Channel.values();
      Map<String, Integer> sequences = new HashMap<>();
      long start = ZonedDateTime.of(YEAR, 1, 1, 0, 0, 0, 0, ZONE).toInstant().getEpochSecond();
      long span =
          ZonedDateTime.of(YEAR + 1, 1, 1, 0, 0, 0, 0, ZONE).toInstant().getEpochSecond() - start;
      DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
      int batch = 50_000;
      String[] matterDoc = split(matterDocument, templateNumber);
      String[] fileDoc = split(fileDocument, templateNumber);
      String[] factDoc = split(factDocument, templateNumber);
      String[] causes = {"wages", "contract", "boundary", "compensation", "unspecified"};
      String[] methods = {"人民调解", "行政调解", "部门处置", "诉讼引导", "pending"};
      String[] outcomes = {
        "RESOLVED", "RESOLVED", "RESOLVED", "UNRESOLVED", "REFERRED", "WITHDRAWN"
      };
      for (int from = 0; from < matters; from += batch) {
        StringBuilder m = new StringBuilder(batch * 700);
        StringBuilder f = new StringBuilder(batch * 700);
        StringBuilder p = new StringBuilder(batch * 10);
        StringBuilder cf = new StringBuilder(batch * 700);
        for (int i = from; i < Math.min(matters, from + batch); i++) {
          // registration times in order, so numbers within a county and day rise with time
          long second = start + (long) ((double) i / matters * span) + random.nextInt(30);
          Instant at = Instant.ofEpochSecond(second);
          LocalDate date = at.atZone(ZONE).toLocalDate();
          String county = COUNTIES.get(random.nextInt(COUNTIES.size()));
          int seq = sequences.merge(county + date, 1, Integer::sum);
          String number = county + "-" + date.format(day) + "-" + "%04d".formatted(seq);
          String order = county + "-" + date.format(day) + "-" + "%012d".formatted(seq);
          int t = 1 + random.nextInt(TOWNSHIPS);
          String township = county + "%03d".formatted(t);
          Category category = categories.get(random.nextInt(categories.size()));
          Channel channel = channels[random.nextInt(channels.length)];
          MatterState state = state(random.nextInt(100));
          String closed = "\\N";
          if (state == MatterState.CLOSED) {
            closed = at.plusSeconds(86_400L * (2 + random.nextInt(40))).toString();
          }
          String sourceSystem = channel.isTransfer() ? channel.name() : "\\N";
          String sourceRef = channel.isTransfer() ? "ref-" + number : "\\N";
          m.append(number).append('\t').append(1).append('\t').append(state).append('\t');
          m.append(category.kind()).append('\t').append(channel).append('\t');
          m.append(category.code()).append('\t').append(county).append('\t');
          m.append("镇").append(t).append('\t').append(township).append('\t');
          m.append(at).append('\t').append(closed).append('\t');
          m.append(sourceSystem).append('\t').append(sourceRef).append('\t');
          m.append(order).append('\t');
          String lead = "\\N";
          String deadline = "\\N";
          boolean supervised =
              state == MatterState.ACCEPTED
                  || state == MatterState.IN_HANDLING
                  || state == MatterState.CLOSED
                  || state == MatterState.AWAITING_SUPPLEMENT;
          if (supervised) {
            lead = unit(county, random.nextInt(UNITS_PER_COUNTY));
            deadline =
                state == MatterState.CLOSED
                    ? "\\N"
                    : date.plusDays(10 + random.nextInt(31)).toString();
          }
          // the file's lead unit and next deadline, copied onto the matter row (V28)
          m.append(lead).append('\t').append(deadline).append('\t');
          join(m, matterDoc, number).append('\n');
          // the matter's case fact (V14, V30): what the risk reports count
          cf.append(number).append('\t').append(at).append('\t').append(closed).append('\t');
          cf.append(category.code()).append('\t').append(kindOf(category)).append('\t');
          cf.append(causes[random.nextInt(causes.length)]).append('\t');
          cf.append(township).append(" 镇").append(t).append('\t');
          cf.append(methods[random.nextInt(methods.length)]).append('\t');
          cf.append(closed.equals("\\N") ? "\\N" : outcomes[random.nextInt(outcomes.length)]);
          cf.append('\t');
          join(cf, factDoc, number).append('\n');
          if (supervised) {
            SupervisionState fs = fileState(state, random);
            f.append(number).append('\t').append(1).append('\t').append(fs).append('\t');
            f.append(lead).append('\t').append(deadline).append('\t').append(at).append('\t');
            f.append(state == MatterState.CLOSED ? "f" : "t").append('\t');
            join(f, fileDoc, number).append('\n');
            if (random.nextInt(5) == 0) {
              p.append(number).append('\t').append(unit(county, random.nextInt(UNITS_PER_COUNTY)));
              p.append('\t').append(fs).append('\t').append(deadline).append('\n');
            }
          }
        }
        copy.copyIn(
            "copy matter (registration_number, version, state, kind, channel, category_code,"
                + " county, township, township_code, registered_at, closed_at, source_system,"
                + " source_reference, number_order, lead_unit, next_deadline, document) from stdin",
            new StringReader(m.toString()));
        copy.copyIn(
            "copy supervision_file (subject, version, state, lead_unit, next_deadline,"
                + " opened_at, clocks_running, document) from stdin",
            new StringReader(f.toString()));
        copy.copyIn(
            "copy supervision_participant (subject, unit, state, next_deadline) from stdin",
            new StringReader(p.toString()));
        copy.copyIn(
            "copy case_fact (matter_id, registered_at, closed_at, category, kind, cause,"
                + " place_label, handling_method, outcome, document) from stdin",
            new StringReader(cf.toString()));
        System.out.printf("  loaded %,d matters%n", Math.min(matters, from + batch));
      }
      try (Statement s = c.createStatement()) {
        for (String index : indexes) {
          s.execute(index);
        }
        s.execute("insert into bench_dataset (matters, loaded_at) values (" + matters + ", now())");
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("set search_path to " + schema);
        s.execute("vacuum analyze matter");
        s.execute("vacuum analyze supervision_file");
        s.execute("vacuum analyze supervision_participant");
        s.execute("vacuum analyze case_fact");
      }
    }
  }

  /**
   * Drops the secondary indexes of the loaded tables and answers the statements that rebuild them.
   */
  private static List<String> dropIndexes(Connection c, String schema) throws SQLException {
    List<String> definitions = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select i.indexname, i.indexdef from pg_indexes i where i.schemaname = '"
                    + schema
                    + "' and i.tablename in ('matter', 'supervision_file',"
                    + " 'supervision_participant', 'case_fact') and not exists (select 1 from pg_constraint k"
                    + " where k.conname = i.indexname)")) {
      while (r.next()) {
        names.add(r.getString(1));
        definitions.add(r.getString(2));
      }
    }
    try (Statement s = c.createStatement()) {
      for (String name : names) {
        s.execute("drop index " + schema + "." + name);
      }
    }
    return definitions;
  }

  /** The fact's kind of a category, as the case-fact projection gives it (docs/analysis.md). */
  private static String kindOf(Category category) {
    if (category.kind() == Category.Kind.DISPUTE) {
      return "DISPUTE";
    }
    String code = category.code();
    if (code.contains("safety_hazard")) {
      return "SAFETY_HAZARD";
    }
    return code.contains("public_demand") ? "PUBLIC_DEMAND" : "STABILITY_EVENT";
  }

  private static String[] split(String document, String number) {
    String escaped = escape(document);
    return escaped.split(java.util.regex.Pattern.quote(number), -1);
  }

  private static StringBuilder join(StringBuilder out, String[] parts, String number) {
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append(number);
      }
      out.append(parts[i]);
    }
    return out;
  }

  /** COPY's text format: backslash, tab, newline and carriage return escaped. */
  private static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  /** Matter states in proportions a year's data might show. */
  private static MatterState state(int percent) {
    if (percent < 55) {
      return MatterState.CLOSED;
    } else if (percent < 80) {
      return MatterState.IN_HANDLING;
    } else if (percent < 86) {
      return MatterState.ACCEPTED;
    } else if (percent < 89) {
      return MatterState.PENDING_DECISION;
    } else if (percent < 92) {
      return MatterState.AWAITING_SUPPLEMENT;
    } else if (percent < 96) {
      return MatterState.REFUSED;
    }
    return MatterState.WITHDRAWN;
  }

  private static SupervisionState fileState(MatterState state, Random random) {
    return switch (state) {
      case CLOSED -> SupervisionState.COMPLETED;
      case AWAITING_SUPPLEMENT -> SupervisionState.AWAITING_SUPPLEMENT;
      case ACCEPTED -> SupervisionState.ACCEPTED;
      default ->
          List.of(
                  SupervisionState.ASSIGNED,
                  SupervisionState.IN_PROGRESS,
                  SupervisionState.HANDLED,
                  SupervisionState.PAUSED)
              .get(random.nextInt(4));
    };
  }
}
