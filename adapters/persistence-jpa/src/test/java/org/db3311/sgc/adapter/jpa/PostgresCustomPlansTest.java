package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store's PostgreSQL connections plan every execution of a prepared statement with its own
 * parameters: the generic plan PostgreSQL may otherwise switch to after five executions ignores
 * them, and for the repeat-candidate statement it made a registration twice as slow (README
 * "Benchmarks"). The plan tests read the custom plans; this holds the setting that keeps them.
 */
class PostgresCustomPlansTest {

  private static StoreFixture fixture;

  @BeforeAll
  static void open() {
    fixture = new StoreFixture(TestStores.POSTGRES, PostgresCustomPlansTest.class);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  void every_pooled_connection_plans_with_the_parameters() {
    for (int i = 0; i < 3; i++) {
      String mode =
          fixture
              .store
              .unitOfWork()
              .withConnection(
                  c -> {
                    try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("show plan_cache_mode")) {
                      rs.next();
                      return rs.getString(1);
                    } catch (SQLException e) {
                      throw new IllegalStateException(e);
                    }
                  });
      assertThat(mode).isEqualTo("force_custom_plan");
    }
  }
}
