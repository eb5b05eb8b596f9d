package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.db3311.sgc.server.http.Paging;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Console pager: the API's page and size, with the total and page links")
class ConsolePagerTest {

  @Test
  void the_first_page_links_onward_and_the_nearby_and_last_pages_with_a_gap_between() {
    ConsolePager p = ConsolePager.of(new Paging(0, 10), 95, "/console/matters", "");
    assertThat(p.pages()).isEqualTo(10);
    assertThat(p.previous()).isNull();
    assertThat(p.next()).isEqualTo("/console/matters?page=1&size=10");
    assertThat(p.from()).isEqualTo(1);
    assertThat(p.to()).isEqualTo(10);
    assertThat(p.links())
        .extracting(ConsolePager.Link::label)
        .containsExactly("1", "2", "3", "4", "…", "10");
    assertThat(p.links().getFirst().current()).isTrue();
    assertThat(p.links().get(4).href()).isNull();
  }

  @Test
  void a_middle_page_links_both_ways_and_keeps_the_county() {
    ConsolePager p =
        ConsolePager.of(
            new Paging(5, 10), 95, "/console/matters", ConsolePager.param("county", " 331102 "));
    assertThat(p.previous()).isEqualTo("/console/matters?page=4&size=10&county=331102");
    assertThat(p.next()).isEqualTo("/console/matters?page=6&size=10&county=331102");
    assertThat(p.links())
        .extracting(ConsolePager.Link::label)
        .containsExactly("1", "…", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(p.links())
        .filteredOn(ConsolePager.Link::current)
        .extracting("label")
        .containsExactly("6");
  }

  @Test
  void the_last_page_holds_the_rest_and_a_page_past_the_end_holds_none() {
    ConsolePager last = ConsolePager.of(new Paging(9, 10), 95, "/q", null);
    assertThat(last.from()).isEqualTo(91);
    assertThat(last.to()).isEqualTo(95);
    assertThat(last.next()).isNull();
    ConsolePager past = ConsolePager.of(new Paging(12, 10), 95, "/q", null);
    assertThat(past.from()).isZero();
    assertThat(past.to()).isZero();
    assertThat(past.total()).isEqualTo(95);
    assertThat(past.previous()).isEqualTo("/q?page=9&size=10");
  }

  @Test
  void an_empty_list_is_one_page_without_links_onward() {
    ConsolePager p = ConsolePager.of(new Paging(0, 50), 0, "/q", "");
    assertThat(p.pages()).isEqualTo(1);
    assertThat(p.from()).isZero();
    assertThat(p.previous()).isNull();
    assertThat(p.next()).isNull();
    assertThat(p.links()).extracting(ConsolePager.Link::label).containsExactly("1");
  }
}
