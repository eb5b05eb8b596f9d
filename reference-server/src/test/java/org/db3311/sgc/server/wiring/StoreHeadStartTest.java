package org.db3311.sgc.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.adapter.jpa.PersistenceUnavailableException;
import org.db3311.sgc.core.common.DivisionCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The first county's store, opened ahead of start-up, is handed to the county once")
class StoreHeadStartTest {

  static final DivisionCode LIANDU = DivisionCode.of("331102");
  static final DivisionCode QINGTIAN = DivisionCode.of("331121");

  static ServerSettings embedded(Path data) {
    return new ServerSettings(
        "embedded", data, List.of(QINGTIAN, LIANDU), Optional.empty(), 1024 * 1024);
  }

  @Test
  void the_county_with_the_lowest_code_gets_the_store_begun_for_it_and_only_once(
      @TempDir Path data) {
    ServerSettings settings = embedded(data);
    StoreHeadStart.begin(settings);
    JpaSettings jpa = Wiring.storeSettings(settings, LIANDU);

    assertThat(StoreHeadStart.take(QINGTIAN, Wiring.storeSettings(settings, QINGTIAN)))
        .as("another county opens its own")
        .isEmpty();
    Optional<JpaStore> taken = StoreHeadStart.take(LIANDU, jpa);
    assertThat(taken).isPresent();
    try (JpaStore store = taken.get()) {
      assertThat(store.settings()).isEqualTo(jpa);
      assertThat(store.health().up()).isTrue();
      assertThat(StoreHeadStart.take(LIANDU, jpa)).as("taken already").isEmpty();
    }
  }

  @Test
  void a_store_begun_with_other_settings_is_not_handed_on(@TempDir Path data) {
    ServerSettings settings = embedded(data);
    StoreHeadStart.begin(settings);
    JpaSettings elsewhere = Wiring.storeSettings(embedded(data.resolve("elsewhere")), LIANDU);

    assertThat(StoreHeadStart.take(LIANDU, elsewhere)).isEmpty();
    assertThat(StoreHeadStart.take(LIANDU, Wiring.storeSettings(settings, LIANDU)))
        .as("the one begun is closed, not kept for later")
        .isEmpty();
  }

  @Test
  void a_store_that_cannot_open_ahead_fails_as_before_when_the_county_opens_it() {
    Properties db = new Properties();
    db.setProperty("sgc.db.url", "jdbc:postgresql://127.0.0.1:1/sgc");
    db.setProperty("sgc.db.user", "sgc");
    db.setProperty("sgc.db.applicant-key-secret", "0123456789abcdef0123456789abcdef");
    ServerSettings settings =
        new ServerSettings(
            "embedded", Path.of("data"), List.of(LIANDU), Optional.of(db), 1024 * 1024);
    StoreHeadStart.begin(settings);

    assertThat(StoreHeadStart.take(LIANDU, Wiring.storeSettings(settings, LIANDU))).isEmpty();
    StoreHeadStart.begin(settings);
    assertThatThrownBy(() -> Wiring.store(settings, LIANDU))
        .isInstanceOf(PersistenceUnavailableException.class)
        .hasMessageContaining("cannot reach the database at jdbc:postgresql://127.0.0.1:1/sgc");
  }

  @Test
  void settings_that_do_not_read_begin_nothing_and_leave_a_store_begun_before(@TempDir Path data)
      throws Exception {
    ServerSettings good = embedded(data.resolve("good"));
    StoreHeadStart.begin(good);
    ServerSettings bad = embedded(Files.writeString(data.resolve("file"), "not a directory"));
    assertThatThrownBy(() -> Wiring.storeSettings(bad, LIANDU))
        .hasMessageContaining("cannot create the data directory");

    StoreHeadStart.begin(bad);

    Optional<JpaStore> taken = StoreHeadStart.take(LIANDU, Wiring.storeSettings(good, LIANDU));
    assertThat(taken).isPresent();
    taken.get().close();
  }
}
