package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The causes a clerk records at intake so the weekly report can sum matters up by cause; the list
 * is this project's configurable seed (the standard gives none), looked up by code.
 */
@Implements("6.4.1.2")
class CauseTaxonomyEdgesTest {

  @Test
  @DisplayName(
      "a configured cause is found by its code; an unknown code is none, or refused by name")
  void causes_are_looked_up_by_code() {
    CauseTaxonomy t = CauseTaxonomy.defaults();

    assertThat(t.find("wage_arrears"))
        .contains(new Cause("wage_arrears", "拖欠劳动报酬", "unpaid wages"));
    assertThat(t.get("other").nameZh()).isEqualTo("其他成因");
    assertThat(t.find("no_such_cause")).isEmpty();
    assertThatThrownBy(() -> t.get("no_such_cause"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no_such_cause");
  }

  @Test
  @DisplayName(
      "the seed lists fourteen causes in its order; a deployment adds or renames one by code")
  void a_deployment_adds_or_renames_causes() {
    CauseTaxonomy seed = CauseTaxonomy.defaults();
    assertThat(seed.all()).hasSize(14);
    assertThat(seed.all().getFirst().code()).isEqualTo("wage_arrears");
    assertThat(seed.all().getLast().code()).isEqualTo("other");

    Cause renamed = new Cause("debt", "民间借贷", "private lending");
    Cause added = new Cause("school", "校园纠纷", "school disputes");
    CauseTaxonomy local = seed.with(renamed).with(added);

    assertThat(local.get("debt")).isEqualTo(renamed);
    assertThat(local.all()).hasSize(15).endsWith(added);
    assertThat(seed.find("school")).as("the seed itself is unchanged").isEmpty();
    assertThatThrownBy(() -> new CauseTaxonomy(List.of(added, added)))
        .hasMessageContaining("defined twice");
    assertThatThrownBy(() -> new CauseTaxonomy(List.of())).hasMessageContaining("at least one");
  }
}
