package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The edges of the one-time notice (R7) that the property meets only by chance. */
@Implements({"R7", "6.1.1.1"})
class OneTimeSupplementNoticeRuleTest {

  private static final Instant T = Instant.parse("2026-11-25T02:00:00Z");
  private static final OneTimeSupplementNoticeRule RULE = new OneTimeSupplementNoticeRule();

  private static final Material ID = new Material(1, MaterialKind.ID_CARD, "身份证", T);
  private static final Material APPLICATION = new Material(2, MaterialKind.APPLICATION, "申请书", T);
  private static final Material FORM = new Material(3, MaterialKind.REGISTRATION_FORM, "登记表", T);

  /** The first notice, issued when materials 1–3 were in: it lists the form as defective. */
  private static final SupplementNotice FIRST =
      new SupplementNotice(1, T, 3, List.of(SupplementItem.defective(FORM, "未签名")));

  @Test
  @DisplayName(
      "R7 a defect on the first notice may be listed again while its material is not replaced")
  void an_unreplaced_defect_stays_listable() {
    Material other = new Material(4, MaterialKind.APPLICATION, "补充说明", T);
    var outcome =
        RULE.review(
            MaterialRequirements.STANDARD_DEFAULT,
            List.of(ID, APPLICATION, FORM, other),
            List.of(FIRST),
            List.of(new MaterialDefect(3, "未签名")));
    assertThat(outcome)
        .as("the last material seen by the first notice is not one supplied after it")
        .isInstanceOfSatisfying(
            OneTimeSupplementNoticeRule.Outcome.NoticeRequired.class,
            r ->
                assertThat(r.items())
                    .extracting(SupplementItem::key)
                    .containsExactly("defect:3:未签名"));
  }

  @Test
  @DisplayName(
      "R7 once its material was replaced after the first notice, an old defect is not listed again")
  void a_replaced_defect_is_not_listed_again() {
    Material replacement = new Material(4, MaterialKind.REGISTRATION_FORM, "新登记表", T);
    var outcome =
        RULE.review(
            MaterialRequirements.STANDARD_DEFAULT,
            List.of(ID, APPLICATION, FORM, replacement),
            List.of(FIRST),
            List.of(new MaterialDefect(3, "未签名")));
    assertThat(outcome).isInstanceOf(OneTimeSupplementNoticeRule.Outcome.Forbidden.class);
  }

  @Test
  @DisplayName("a missing kind is outstanding only while no material of that kind exists")
  void a_supplied_kind_is_no_longer_missing() {
    SupplementNotice first =
        new SupplementNotice(
            1, T, 2, List.of(SupplementItem.missing(MaterialKind.REGISTRATION_FORM)));
    SupplementItem missingForm = SupplementItem.missing(MaterialKind.REGISTRATION_FORM);
    assertThat(
            OneTimeSupplementNoticeRule.stillOutstanding(
                first, missingForm, List.of(ID, APPLICATION)))
        .isTrue();
    assertThat(
            OneTimeSupplementNoticeRule.stillOutstanding(
                first, missingForm, List.of(ID, APPLICATION, FORM)))
        .isFalse();
    assertThat(
            OneTimeSupplementNoticeRule.allowedAfter(
                first, missingForm, List.of(ID, APPLICATION, FORM)))
        .isFalse();
  }

  @Test
  @DisplayName("a required kind that is missing and a defect are both listed on the first notice")
  void first_notice_lists_everything() {
    var outcome =
        RULE.review(
            Set.of(MaterialKind.ID_CARD, MaterialKind.APPLICATION, MaterialKind.REGISTRATION_FORM),
            List.of(ID, APPLICATION),
            List.of(),
            List.of(new MaterialDefect(1, "复印件模糊")));
    assertThat(outcome)
        .isInstanceOfSatisfying(
            OneTimeSupplementNoticeRule.Outcome.NoticeRequired.class,
            r ->
                assertThat(r.items())
                    .extracting(SupplementItem::key)
                    .containsExactly("missing:registration_form", "defect:1:复印件模糊"));
  }

  @Test
  @DisplayName(
      "R7 one material with two defects gives two items, each with its reason, on the first notice")
  void two_defects_of_one_material_are_two_items() {
    var outcome =
        RULE.review(
            MaterialRequirements.STANDARD_DEFAULT,
            List.of(ID, APPLICATION, FORM),
            List.of(),
            List.of(new MaterialDefect(3, "未签名"), new MaterialDefect(3, "未填写联系方式")));
    assertThat(outcome)
        .isInstanceOfSatisfying(
            OneTimeSupplementNoticeRule.Outcome.NoticeRequired.class,
            r ->
                assertThat(r.items())
                    .extracting(SupplementItem::materialId, SupplementItem::reason)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(3), "未签名"),
                        org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(3), "未填写联系方式")));
  }

  @Test
  @DisplayName("R7 the same defect found twice in one review is one item")
  void the_same_defect_twice_is_one_item() {
    var outcome =
        RULE.review(
            MaterialRequirements.STANDARD_DEFAULT,
            List.of(ID, APPLICATION, FORM),
            List.of(),
            List.of(new MaterialDefect(3, "未签名"), new MaterialDefect(3, " 未签名 ")));
    assertThat(outcome)
        .isInstanceOfSatisfying(
            OneTimeSupplementNoticeRule.Outcome.NoticeRequired.class,
            r -> assertThat(r.items()).hasSize(1));
  }

  @Test
  @DisplayName(
      "R7 a new defect in material handed in before the first notice is forbidden, even when the"
          + " first notice named another defect of that material")
  void a_new_defect_of_an_old_material_is_forbidden() {
    var outcome =
        RULE.review(
            MaterialRequirements.STANDARD_DEFAULT,
            List.of(ID, APPLICATION, FORM),
            List.of(FIRST),
            List.of(new MaterialDefect(3, "未签名"), new MaterialDefect(3, "日期填写错误")));
    assertThat(outcome)
        .isInstanceOfSatisfying(
            OneTimeSupplementNoticeRule.Outcome.Forbidden.class,
            f ->
                assertThat(f.items())
                    .extracting(SupplementItem::reason)
                    .as("only the defect the first notice did not name is forbidden")
                    .containsExactly("日期填写错误"));
  }

  @Test
  @DisplayName(
      "R7 a second defect in material supplied after the first notice is new and may be listed")
  void defects_of_new_material_are_new() {
    Material replacement = new Material(4, MaterialKind.REGISTRATION_FORM, "新登记表", T);
    var outcome =
        RULE.review(
            MaterialRequirements.STANDARD_DEFAULT,
            List.of(ID, APPLICATION, FORM, replacement),
            List.of(FIRST),
            List.of(new MaterialDefect(4, "未签名"), new MaterialDefect(4, "日期填写错误")));
    assertThat(outcome)
        .isInstanceOfSatisfying(
            OneTimeSupplementNoticeRule.Outcome.NoticeRequired.class,
            r -> assertThat(r.items()).hasSize(2));
  }
}
