package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.RepeatCandidate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The applicants' identity keys are stored as HMAC under the configured secret, hashes stored
 * before V9 (plain SHA-256) are re-keyed at start-up, and a store started with another secret
 * refuses to run, on both databases.
 */
@Implements("6.1.1.1")
class ApplicantKeysTest {

  private static final Instant T0 = Instant.parse("2026-12-31T15:30:00Z");
  private static final String ZHANG_KEY = IntakeFixtures.ZHANG.identityKey().orElseThrow();

  private static Matter matter(long sequence, Registration r) {
    return Matter.register(
        new RegistrationNumber(IntakeFixtures.QINGTIAN, LocalDate.of(2026, 12, 31), sequence),
        r,
        CategoryTaxonomy.defaults().get(r.categoryCode()),
        List.of(),
        IntakeFixtures.CLERK,
        T0);
  }

  private static Registration zhangsLabourDispute() {
    return IntakeFixtures.windowRegistration(
        IntakeFixtures.ZHANG, "dispute.labour", IntakeFixtures.ALL_MATERIALS);
  }

  private static List<String> hashes(JpaStore store) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("select key_hash from matter_applicant_key order by key_hash")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private static JpaSettings withSecret(JpaSettings s, String secret) {
    return new JpaSettings(s.url(), s.user(), s.password(), s.poolSize(), s.schema(), secret);
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("a stored applicant hash is keyed by the secret, not the plain SHA-256 of the key")
  void a_stored_hash_is_keyed(TestStores database) throws Exception {
    JpaSettings settings = database.settingsFor(ApplicantKeysTest.class);
    try (JpaStore store = JpaStore.open(settings)) {
      new JpaMatterRepository(store).save(matter(1, zhangsLabourDispute()));
      String keyed = new ApplicantKeys(settings.applicantKeySecret()).hash(ZHANG_KEY);
      assertThat(hashes(store)).contains(keyed).doesNotContain(ApplicantKeys.sha256(ZHANG_KEY));
      assertThat(new ApplicantKeys("another secret of at least 32 characters").hash(ZHANG_KEY))
          .isNotEqualTo(keyed);
    } finally {
      TestStores.dispose(settings);
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("hashes stored before V9 are re-keyed at start-up and still find the earlier matter")
  void plain_hashes_are_rekeyed_at_start_up(TestStores database) throws Exception {
    JpaSettings settings = database.settingsFor(ApplicantKeysTest.class);
    try {
      Matter earlier = matter(1, zhangsLabourDispute());
      try (JpaStore store = JpaStore.open(settings)) {
        new JpaMatterRepository(store).save(earlier);
        // the state a V6 database was in: plain SHA-256, no secret recorded
        try (Connection c = store.dataSource().getConnection();
            PreparedStatement s =
                c.prepareStatement("update matter_applicant_key set key_hash = ?");
            Statement t = c.createStatement()) {
          s.setString(1, ApplicantKeys.sha256(ZHANG_KEY));
          s.executeUpdate();
          t.executeUpdate("update applicant_key_scheme set fingerprint = null");
        }
        assertThat(hashes(store)).containsExactly(ApplicantKeys.sha256(ZHANG_KEY));
      }
      try (JpaStore store = JpaStore.open(settings)) {
        ApplicantKeys keys = new ApplicantKeys(settings.applicantKeySecret());
        assertThat(hashes(store)).containsExactly(keys.hash(ZHANG_KEY));
        // the same applicant, another category and township: found by the applicant key only
        Registration again = zhangsLabourDispute().at(Place.of("331121", "温溪镇", "温溪镇某村"));
        assertThat(
                new JpaMatterRepository(store)
                    .repeatCandidates(again, T0.minusSeconds(3600)).stream()
                        .map(RepeatCandidate::number))
            .contains(earlier.number());
      }
      try (JpaStore store = JpaStore.open(settings)) {
        assertThat(hashes(store))
            .as("a second start re-keys nothing")
            .containsExactly(new ApplicantKeys(settings.applicantKeySecret()).hash(ZHANG_KEY));
      }
    } finally {
      TestStores.dispose(settings);
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.class)
  @DisplayName("a store started with another secret refuses to run, naming the setting")
  void another_secret_is_refused(TestStores database) {
    JpaSettings settings = database.settingsFor(ApplicantKeysTest.class);
    try {
      try (JpaStore store = JpaStore.open(settings)) {
        new JpaMatterRepository(store).save(matter(1, zhangsLabourDispute()));
      }
      JpaSettings other = withSecret(settings, "a different secret, also 32 characters long");
      assertThatThrownBy(() -> JpaStore.open(other).close())
          .isInstanceOf(PersistenceUnavailableException.class)
          .hasMessageContaining("sgc.db.applicant-key-secret")
          .hasMessageNotContaining(other.applicantKeySecret());
    } finally {
      TestStores.dispose(settings);
    }
  }

  @Test
  void the_embedded_store_generates_its_secret_once_and_keeps_it(@TempDir Path dir)
      throws Exception {
    JpaSettings first = JpaSettings.embedded(dir);
    JpaSettings second = JpaSettings.embedded(dir);
    assertThat(first.applicantKeySecret()).hasSize(44).isEqualTo(second.applicantKeySecret());
    assertThat(Files.readString(dir.resolve(JpaSettings.SECRET_FILE)).strip())
        .isEqualTo(first.applicantKeySecret());
    assertThat(first.toString()).doesNotContain(first.applicantKeySecret());
  }
}
