package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.junit.jupiter.api.Test;

class MatterQueryTest {

  private static final Instant T = Instant.parse("2026-12-31T16:00:00Z");

  @Test
  void a_page_holds_one_to_two_hundred_matters() {
    assertThat(MatterQuery.all().page(0, 200).limit()).isEqualTo(200);
    assertThatThrownBy(() -> MatterQuery.all().page(0, 201))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 200");
    assertThatThrownBy(() -> MatterQuery.all().page(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MatterQuery.all().page(-1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not -1");
    assertThatThrownBy(() -> MatterQuery.all().page(MatterQuery.MAX_OFFSET + 1, 10))
        .hasMessageContaining("narrow the filters");
  }

  @Test
  void a_period_ends_after_it_starts() {
    assertThatThrownBy(() -> MatterQuery.all().registeredBetween(T, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends after it starts");
    assertThat(MatterQuery.all().registeredBetween(T, T.plusNanos(1)).registeredFrom()).contains(T);
  }

  @Test
  void a_category_filter_names_a_category() {
    assertThatThrownBy(() -> MatterQuery.all().inCategory(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_next_page_starts_where_this_one_ended() {
    MatterQuery q = MatterQuery.all().page(40, 20).next();
    assertThat(q.offset()).isEqualTo(60);
    assertThat(q.limit()).isEqualTo(20);
  }

  @Test
  void place_scopes_read_their_level_from_the_code() {
    assertThat(PlaceScope.of("330000").level()).isEqualTo(PlaceScope.Level.PROVINCE);
    assertThat(PlaceScope.of("330000").prefix()).isEqualTo("33");
    assertThat(PlaceScope.of("331100").level()).isEqualTo(PlaceScope.Level.CITY);
    assertThat(PlaceScope.of("331100").prefix()).isEqualTo("3311");
    assertThat(PlaceScope.of(DivisionCode.of("331121")).level()).isEqualTo(PlaceScope.Level.COUNTY);
    assertThat(PlaceScope.of(AreaCode.of("331121001")).level())
        .isEqualTo(PlaceScope.Level.TOWNSHIP);
    assertThat(PlaceScope.of("331121001").division()).isEqualTo(DivisionCode.of("331121"));
    assertThatThrownBy(() -> PlaceScope.of("3311")).hasMessageContaining("six-digit");
    assertThatThrownBy(() -> PlaceScope.of(AreaCode.of("331121001002")))
        .hasMessageContaining("not a township");
    assertThatThrownBy(() -> PlaceScope.of("031121")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_county_scope_does_not_cover_a_neighbour_sharing_its_leading_digits() {
    PlaceScope liandu = PlaceScope.of("331102");
    assertThat(liandu.covers(DivisionCode.of("331102"), Optional.empty())).isTrue();
    assertThat(liandu.covers(DivisionCode.of("331102"), Optional.of(AreaCode.of("331102004"))))
        .isTrue();
    assertThat(liandu.covers(DivisionCode.of("331121"), Optional.empty())).isFalse();
    assertThat(PlaceScope.of("331121001").covers(DivisionCode.of("331121"), Optional.empty()))
        .as("a place known by township name only is not within a township's scope")
        .isFalse();
  }
}
