package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.rule.ExteriorSignRuleTest.plate;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.check;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.County;
import org.db3311.sgc.core.assessment.profile.DivisionTable;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;

/** 5.3.1 for every county of the shipped GB/T 2260 table. */
@Implements("5.3.1")
class ExteriorSignProperties {

  @Provide
  Arbitrary<County> counties() {
    List<County> all =
        DivisionTable.shipped().all().entrySet().stream()
            .filter(e -> e.getKey().isCountyLevel())
            .map(e -> new County(e.getKey(), e.getValue()))
            .toList();
    return Arbitraries.of(all);
  }

  static String name(DivisionCode c) {
    return DivisionTable.shipped().name(c).orElseThrow();
  }

  @Property(tries = 100)
  void the_wording_alone_or_after_the_city_or_province_bears_it(
      @ForAll("counties") County county, @ForAll boolean withProvince, @ForAll boolean withCity) {
    String text =
        (withProvince ? name(county.code().province()) : "")
            + (withCity ? name(county.code().city()) : "")
            + county.name()
            + "社会治理中心";
    assertThat(check("5.3.1", plate(county, text)).verdict()).as(text).isEqualTo(Verdict.CONFORMS);
  }

  @Property(tries = 100)
  void any_other_prefix_does_not(
      @ForAll("counties") County county, @ForAll("prefixes") String prefix) {
    String text = prefix + county.name() + "社会治理中心";
    assertThat(check("5.3.1", plate(county, text)).verdict())
        .as(text)
        .isEqualTo(Verdict.NONCONFORMS);
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.strings()
        .withChars("杭州市温宁波某新区县镇乡")
        .ofMinLength(1)
        .ofMaxLength(6)
        .filter(p -> !p.equals("浙江省") && !p.equals("丽水市") && !p.equals("浙江省丽水市"));
  }
}
