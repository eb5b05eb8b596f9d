package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.IntegrationEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpaStoreTest {

  private static final Instant T = Instant.parse("2027-01-04T01:30:00.123456Z");

  private static AuditEntry entry(String id, String action) {
    return new AuditEntry(T, Actor.of("clerk-7", "窗口人员"), "Matter", id, action, "-", "A", "d");
  }

  private static IntegrationEvent event(String id, long sequence) {
    return new IntegrationEvent(
        IntegrationEvent.idOf("Matter", id, sequence),
        "Matter.ACCEPT",
        1,
        "Matter",
        id,
        sequence,
        T,
        "ACCEPT",
        Optional.of("REGISTERED"),
        "ACCEPTED",
        new org.db3311.sgc.core.common.Version(sequence));
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("what one process wrote is there, identical, when another opens the same database")
  void a_restart_loses_nothing(TestStores database) {
    JpaSettings settings = database.settingsFor(JpaStoreTest.class);
    try {
      try (JpaStore first = JpaStore.open(settings)) {
        first
            .unitOfWork()
            .run(
                () -> {
                  first.auditTrail().append(entry("M-1", "REGISTER"));
                  first.outbox().append(List.of(event("M-1", 1), event("M-1", 2)));
                });
        first.sequences().next("331121-2027");
      }
      try (JpaStore second = JpaStore.open(settings)) {
        assertThat(second.auditTrail().of("Matter", "M-1"))
            .containsExactly(entry("M-1", "REGISTER"));
        assertThat(second.outbox().unpublished(10))
            .containsExactly(event("M-1", 1), event("M-1", 2));
        assertThat(second.sequences().next("331121-2027")).isEqualTo(2);
        assertThat(second.health().up()).isTrue();
        assertThat(second.health().detail()).contains("schema version " + second.schemaVersion());
        assertThat(second.schemaVersion()).matches("[1-9][0-9]*");
      }
    } finally {
      TestStores.dispose(settings);
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("a unit that fails leaves neither its audit entries nor its outbox rows")
  void a_failed_unit_writes_nothing(TestStores database) {
    try (StoreFixture f = new StoreFixture(database, JpaStoreTest.class)) {
      assertThatThrownBy(
              () ->
                  f.store
                      .unitOfWork()
                      .run(
                          () -> {
                            f.store.auditTrail().append(entry("M-2", "REGISTER"));
                            f.store.outbox().append(List.of(event("M-2", 1)));
                            throw new IllegalStateException("the matter's save failed");
                          }))
          .hasMessage("the matter's save failed");
      assertThat(f.store.auditTrail().of("Matter", "M-2")).isEmpty();
      assertThat(f.store.outbox().unpublished(10)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("the database refuses a second event with the same number, whatever the code does")
  void the_database_keeps_sequences_unique(TestStores database) throws Exception {
    try (StoreFixture f = new StoreFixture(database, JpaStoreTest.class)) {
      f.store.unitOfWork().run(() -> f.store.outbox().append(List.of(event("M-3", 1))));
      try (Connection c = f.store.dataSource().getConnection();
          Statement s = c.createStatement()) {
        assertThatThrownBy(
                () ->
                    s.executeUpdate(
                        "insert into outbox_event (position, event_id, type, schema_version,"
                            + " aggregate_type, aggregate_id, sequence, occurred_at, action,"
                            + " to_state, aggregate_version) values (999, 'other', 'Matter.X', 1,"
                            + " 'Matter', 'M-3', 1, current_timestamp, 'X', 'Y', 1)"))
            .isInstanceOf(java.sql.SQLException.class);
      }
    }
  }

  @Test
  @DisplayName("an unreachable database stops start-up with the address and the reason")
  void an_unreachable_database_fails_fast() {
    JpaSettings nowhere =
        new JpaSettings(
            "jdbc:postgresql://127.0.0.1:1/test?password=secret",
            "postgres",
            Optional.empty(),
            2,
            Optional.empty(),
            TestStores.SECRET);
    assertThatThrownBy(() -> JpaStore.open(nowhere))
        .isInstanceOf(PersistenceUnavailableException.class)
        .hasMessageContaining("cannot reach the database at jdbc:postgresql://127.0.0.1:1/test")
        .hasMessageNotContaining("secret");
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("a schema migrated by a newer release stops start-up instead of being used")
  void a_newer_schema_fails_fast(TestStores database) throws Exception {
    JpaSettings settings = database.settingsFor(JpaStoreTest.class);
    try {
      try (JpaStore store = JpaStore.open(settings);
          Connection c = store.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "insert into \"flyway_schema_history\" (\"installed_rank\", \"version\","
                + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                + " \"execution_time\", \"success\") values (99, '99',"
                + " 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 1, true)");
      }
      assertThatThrownBy(() -> JpaStore.open(settings))
          .isInstanceOf(PersistenceUnavailableException.class)
          .hasMessageContaining("schema version 99, newer than this code knows (");
    } finally {
      TestStores.dispose(settings);
    }
  }

  @Test
  void settings_from_properties_name_what_is_wrong() {
    Properties p = new Properties();
    assertThatThrownBy(() -> JpaSettings.from(p)).hasMessageContaining("sgc.db.url");
    p.setProperty("sgc.db.url", "jdbc:h2:mem:x");
    assertThatThrownBy(() -> JpaSettings.from(p)).hasMessageContaining("sgc.db.user");
    p.setProperty("sgc.db.user", "sgc");
    p.setProperty("sgc.db.pool-size", "many");
    assertThatThrownBy(() -> JpaSettings.from(p)).hasMessageContaining("sgc.db.pool-size");
    p.setProperty("sgc.db.pool-size", "3");
    p.setProperty("sgc.db.schema", "x; drop table y");
    assertThatThrownBy(() -> JpaSettings.from(p)).hasMessageContaining("sgc.db.schema");
    p.setProperty("sgc.db.schema", "county_331121");
    p.setProperty("sgc.db.password", "");
    assertThatThrownBy(() -> JpaSettings.from(p))
        .hasMessageContaining("sgc.db.applicant-key-secret");
    p.setProperty("sgc.db.applicant-key-secret", "too short");
    assertThatThrownBy(() -> JpaSettings.from(p))
        .hasMessageContaining("sgc.db.applicant-key-secret");
    p.setProperty("sgc.db.applicant-key-secret", "k".repeat(40));
    JpaSettings s = JpaSettings.from(p);
    assertThat(s.toString()).doesNotContain("kkkk");
    assertThat(s.poolSize()).isEqualTo(3);
    assertThat(s.password()).isEmpty();
    assertThat(s.schema()).contains("county_331121");
  }
}
