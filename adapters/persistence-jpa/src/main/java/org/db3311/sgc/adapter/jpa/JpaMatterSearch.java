package org.db3311.sgc.adapter.jpa;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.intake.Category;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.MatterPage;
import org.db3311.sgc.core.intake.MatterQuery;
import org.db3311.sgc.core.intake.MatterSearch;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.MatterSummary;
import org.db3311.sgc.core.intake.PlaceScope;
import org.db3311.sgc.core.intake.RegistrationNumber;

/**
 * The matter list answered by the database from the columns of {@code matter}, in the caller's unit
 * of work; no document is read. The lead unit and next deadline of the matter's supervision file
 * are copies on the matter row, kept by {@link JpaSupervisionFileRepository#save} in the file's
 * transaction (V28), so neither the list nor the period scan joins the files. The main list of a
 * county — county and state, by registration time — is read off index {@code
 * matter_county_state_registered} in order (V9); every order ends with {@code number_order}, the
 * number as text that sorts like {@link RegistrationNumber}, so pages are stable.
 *
 * <p>A scope is turned into conditions on the county column an index can use: a county is {@code
 * county = ?}; a city or province a range of county codes (six digits each, so the range is exact
 * in any collation); a township its county and {@code township_code = ?}.
 */
public final class JpaMatterSearch implements MatterSearch {

  static final String COLUMNS =
      "select m.registration_number, m.state, m.kind, m.channel, m.category_code, m.county,"
          + " m.township_code, m.township, m.registered_at, m.closed_at, m.lead_unit,"
          + " m.next_deadline from matter m";

  static final String PERIOD =
      COLUMNS
          + " where m.registered_at >= ? and m.registered_at < ?"
          + " order by m.registered_at, m.number_order";

  private static final int FETCH = 2_000;

  private final JpaUnitOfWork unitOfWork;

  public JpaMatterSearch(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  /** A statement and its parameters, in order. */
  record Sql(String text, List<Object> parameters) {}

  /** The statement of one page: {@code limit + 1} rows, the last telling whether more follow. */
  static Sql sql(MatterQuery q) {
    List<Object> p = new ArrayList<>();
    StringBuilder where = where(q, p);
    String dir = q.direction() == MatterQuery.Direction.ASCENDING ? "asc" : "desc";
    q.after().ifPresent(a -> seek(q, a, where, p));
    String order =
        switch (q.sort()) {
          case REGISTERED_AT -> "m.registered_at " + dir + ", m.number_order " + dir;
          case NUMBER -> "m.number_order " + dir;
          case DEADLINE -> "m.next_deadline " + dir + " nulls last, m.number_order " + dir;
        };
    p.add(q.limit() + 1);
    p.add(q.offset());
    return new Sql(
        COLUMNS
            + (where.isEmpty() ? "" : " where " + where)
            + " order by "
            + order
            + " limit ? offset ?",
        List.copyOf(p));
  }

  /**
   * A seek page: only the matters after {@code a} in the query's order. The time sort compares the
   * row value (registered_at, number_order), which the database reads as a range of the index that
   * ends with both columns, starting at the key instead of skipping rows; the deadline sort spells
   * out its nulls-last order.
   */
  private static void seek(
      MatterQuery q, MatterQuery.After a, StringBuilder where, List<Object> p) {
    String op = q.direction() == MatterQuery.Direction.ASCENDING ? ">" : "<";
    String number = Conversions.numberOrder(a.number());
    switch (q.sort()) {
      case REGISTERED_AT ->
          and(
              where,
              "(m.registered_at, m.number_order) " + op + " (?, ?)",
              p,
              Conversions.toColumn(a.registeredAt()),
              number);
      case NUMBER -> and(where, "m.number_order " + op + " ?", p, number);
      case DEADLINE -> {
        if (a.deadline().isPresent()) {
          Date day = Date.valueOf(a.deadline().get());
          and(
              where,
              "(m.next_deadline "
                  + op
                  + " ? or (m.next_deadline = ? and m.number_order "
                  + op
                  + " ?) or m.next_deadline is null)",
              p,
              day,
              day,
              number);
        } else {
          and(where, "(m.next_deadline is null and m.number_order " + op + " ?)", p, number);
        }
      }
    }
  }

  /** The statement counting every matter the query matches, whatever its page. */
  static Sql countSql(MatterQuery q) {
    List<Object> p = new ArrayList<>();
    StringBuilder where = where(q, p);
    return new Sql(
        "select count(*) from matter m" + (where.isEmpty() ? "" : " where " + where),
        List.copyOf(p));
  }

  private static StringBuilder where(MatterQuery q, List<Object> p) {
    StringBuilder where = new StringBuilder();
    q.place().ifPresent(scope -> place(scope, where, p));
    in("m.state", q.states(), where, p);
    q.handlingUnit().ifPresent(u -> and(where, "m.lead_unit = ?", p, u.value()));
    q.categoryCode().ifPresent(c -> and(where, "m.category_code = ?", p, c));
    in("m.channel", q.channels(), where, p);
    q.registeredFrom()
        .ifPresent(f -> and(where, "m.registered_at >= ?", p, Conversions.toColumn(f)));
    q.registeredUntil()
        .ifPresent(u -> and(where, "m.registered_at < ?", p, Conversions.toColumn(u)));
    return where;
  }

  private static void place(PlaceScope scope, StringBuilder where, List<Object> p) {
    switch (scope.level()) {
      case COUNTY -> and(where, "m.county = ?", p, scope.code());
      case TOWNSHIP -> {
        and(where, "m.county = ?", p, scope.division().value());
        and(where, "m.township_code = ?", p, scope.code());
      }
      case CITY, PROVINCE -> {
        String prefix = scope.prefix();
        and(where, "m.county between ? and ?", p, pad(prefix, '0'), pad(prefix, '9'));
      }
    }
  }

  private static String pad(String prefix, char with) {
    return prefix + String.valueOf(with).repeat(6 - prefix.length());
  }

  private static void and(StringBuilder where, String condition, List<Object> p, Object... values) {
    if (!where.isEmpty()) {
      where.append(" and ");
    }
    where.append(condition);
    p.addAll(List.of(values));
  }

  private static void in(
      String column, Collection<? extends Enum<?>> values, StringBuilder where, List<Object> p) {
    if (values.isEmpty()) {
      return;
    }
    List<String> names = values.stream().map(Enum::name).sorted().toList();
    if (!where.isEmpty()) {
      where.append(" and ");
    }
    where.append(column);
    if (names.size() == 1) {
      where.append(" = ?");
    } else {
      where.append(" in (").append("?, ".repeat(names.size() - 1)).append("?)");
    }
    p.addAll(names);
  }

  @Override
  public MatterPage search(MatterQuery query) {
    Sql sql = sql(query);
    List<MatterSummary> rows = new ArrayList<>();
    run(sql, rows::add, 0);
    boolean more = rows.size() > query.limit();
    return new MatterPage(query, more ? rows.subList(0, query.limit()) : rows, more);
  }

  @Override
  public int count(MatterQuery query) {
    Sql sql = countSql(query);
    return unitOfWork.with(
        em -> {
          Connection c = em.unwrap(Connection.class);
          try (PreparedStatement s = c.prepareStatement(sql.text())) {
            for (int i = 0; i < sql.parameters().size(); i++) {
              s.setObject(i + 1, sql.parameters().get(i));
            }
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return r.getInt(1);
            }
          } catch (SQLException e) {
            throw new IllegalStateException("the matter count failed: " + e.getMessage(), e);
          }
        });
  }

  @Override
  public void forEachRegistered(Instant from, Instant until, Consumer<? super MatterSummary> each) {
    Objects.requireNonNull(each, "each");
    if (!from.isBefore(until)) {
      throw new IllegalArgumentException(
          "a registration period ends after it starts: " + from + " is not before " + until);
    }
    run(
        new Sql(PERIOD, List.of(Conversions.toColumn(from), Conversions.toColumn(until))),
        each,
        FETCH);
  }

  private void run(Sql sql, Consumer<? super MatterSummary> each, int fetchSize) {
    unitOfWork.with(
        em -> {
          Connection c = em.unwrap(Connection.class);
          try (PreparedStatement s = c.prepareStatement(sql.text())) {
            for (int i = 0; i < sql.parameters().size(); i++) {
              s.setObject(i + 1, sql.parameters().get(i));
            }
            if (fetchSize > 0) {
              s.setFetchSize(fetchSize);
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                each.accept(summary(r));
              }
            }
          } catch (SQLException e) {
            throw new IllegalStateException("the matter search failed: " + e.getMessage(), e);
          }
          return null;
        });
  }

  private static MatterSummary summary(ResultSet r) throws SQLException {
    Optional<UnitId> unit = Optional.ofNullable(r.getString(11)).map(UnitId::of);
    return new MatterSummary(
        RegistrationNumber.parse(r.getString(1)),
        MatterState.valueOf(r.getString(2)),
        Category.Kind.valueOf(r.getString(3)),
        Channel.valueOf(r.getString(4)),
        r.getString(5),
        DivisionCode.of(r.getString(6)),
        Optional.ofNullable(r.getString(7)).map(AreaCode::of),
        Optional.ofNullable(r.getString(8)),
        r.getObject(9, OffsetDateTime.class).toInstant(),
        Optional.ofNullable(r.getObject(10, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
        unit,
        Optional.ofNullable(r.getObject(12, LocalDate.class)));
  }
}
