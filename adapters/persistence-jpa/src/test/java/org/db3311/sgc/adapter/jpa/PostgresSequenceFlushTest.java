package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A number taken on PostgreSQL commits without waiting for a WAL flush (see {@link
 * JpaSequenceGenerator}), so a registration waits for one flush, not two; and the relaxed commit
 * stays inside the number's own transaction, never on the pooled connection afterwards. The flushes
 * are counted by PostgreSQL itself ({@code pg_stat_wal.wal_sync}, which also counts the WAL
 * writer's and other sessions' flushes), beside as many ordinary auto-committed updates on the same
 * connection as a control.
 */
class PostgresSequenceFlushTest {

  private static final int NUMBERS = 500;
  private static StoreFixture fixture;
  private static Connection connection;

  @BeforeAll
  static void open() throws SQLException {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresSequenceFlushTest.class);
    JpaSettings s = fixture.settings;
    connection = DriverManager.getConnection(s.url(), s.user(), s.password().orElse(null));
    try (Statement st = connection.createStatement()) {
      st.execute("set search_path to " + s.schema().orElseThrow());
      st.execute("create table flush_control (id int primary key, n bigint not null)");
      st.execute("insert into flush_control values (1, 0)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    try {
      connection.close();
    } finally {
      fixture.close();
    }
  }

  @Test
  void numbers_commit_without_a_flush_each_and_leave_the_connection_as_it_was()
      throws SQLException {
    JpaSequenceGenerator numbers = new JpaSequenceGenerator(onTheOneConnection());
    long before = walSyncs();
    for (int i = 1; i <= NUMBERS; i++) {
      assertThat(numbers.next("flush-test")).isEqualTo(i);
    }
    long afterNumbers = walSyncs();
    try (Statement st = connection.createStatement()) {
      for (int i = 0; i < NUMBERS; i++) {
        st.executeUpdate("update flush_control set n = n + 1 where id = 1");
      }
    }
    long afterControl = walSyncs();

    long control = afterControl - afterNumbers;
    assertThat(control)
        .as("the control's ordinary commits each wait for a flush")
        .isGreaterThanOrEqualTo(NUMBERS * 9L / 10);
    // the count is the cluster's: other sessions' commits meanwhile add to both phases alike, so
    // the numbers are compared with the control, not with nought
    assertThat(afterNumbers - before)
        .as("flushes while %d numbers were taken, against %d for the control", NUMBERS, control)
        .isLessThan(control / 2);
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("show synchronous_commit")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("on");
    }
  }

  /** Flushed WAL counted so far, this connection's own count made visible first. */
  private static long walSyncs() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("select pg_stat_force_next_flush()");
      // the forced report happens at the end of the next transaction
      st.execute("select 1");
      try (ResultSet rs = st.executeQuery("select wal_sync from pg_stat_wal")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** A data source whose every connection is the test's one connection, never closed by users. */
  private static DataSource onTheOneConnection() {
    Connection shared =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close") ? null : method.invoke(connection, args));
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return shared;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
