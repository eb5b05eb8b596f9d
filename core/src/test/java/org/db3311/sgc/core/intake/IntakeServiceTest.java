package org.db3311.sgc.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.db3311.sgc.core.intake.IntakeFixtures.ALL_MATERIALS;
import static org.db3311.sgc.core.intake.IntakeFixtures.CLERK;
import static org.db3311.sgc.core.intake.IntakeFixtures.FIRM;
import static org.db3311.sgc.core.intake.IntakeFixtures.LI;
import static org.db3311.sgc.core.intake.IntakeFixtures.ZHANG;
import static org.db3311.sgc.core.intake.IntakeFixtures.place;
import static org.db3311.sgc.core.intake.IntakeFixtures.transfer;
import static org.db3311.sgc.core.intake.IntakeFixtures.windowRegistration;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AuditEntry;
import org.db3311.sgc.core.common.IllegalTransitionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IntakeServiceTest {

  private final IntakeFixtures f = new IntakeFixtures();

  @Nested
  @Implements("6.1.1.1")
  @DisplayName("6.1.1.1 设立无差别受理窗口，“一个窗口”受理…由综合受理窗口进行登记，符合条件的当场受理")
  class OfflineWindow {

    @Test
    @DisplayName("every matter gets a unique number: county + date + sequence")
    void numbers() {
      RegistrationNumber a = f.registerComplete("dispute.labour");
      RegistrationNumber b = f.registerComplete("dispute.neighbour");
      assertThat(a).hasToString("331121-20261125-0001");
      assertThat(b).hasToString("331121-20261125-0002");
      f.clock.advance(Duration.ofDays(1));
      assertThat(f.registerComplete("dispute.labour")).hasToString("331121-20261126-0001");
    }

    @Test
    @DisplayName("one window registers every kind of matter, disputes and events alike")
    void one_window_for_every_category() {
      for (Category c : CategoryTaxonomy.defaults().all()) {
        RegistrationNumber n = f.registerComplete(c.code());
        assertThat(f.matter(n).kind()).isEqualTo(c.kind());
      }
    }

    @Test
    @DisplayName("符合条件的当场受理: complete materials are accepted on the spot")
    void accepted_on_the_spot() {
      RegistrationNumber n = f.registerComplete("dispute.labour");
      assertThat(f.review(n)).isEqualTo(new IntakeDecision.Accepted(n));
      assertThat(f.matter(n).state()).isEqualTo(MatterState.ACCEPTED);
    }

    @Test
    @DisplayName("应一次告知申请人需要补正的全部内容: one notice lists every missing and defective item")
    void one_notice_lists_everything() {
      RegistrationNumber n =
          f.register(
                  windowRegistration(
                      ZHANG,
                      "dispute.labour",
                      List.of(new Material.Submitted(MaterialKind.APPLICATION, "申请书（未签名）"))))
              .number();
      IntakeDecision d = f.review(n, new MaterialDefect(1, "申请书未签名"));
      assertThat(d).isInstanceOf(IntakeDecision.SupplementRequested.class);
      SupplementNotice notice = ((IntakeDecision.SupplementRequested) d).notice();
      assertThat(notice.items())
          .extracting(SupplementItem::key)
          .containsExactlyInAnyOrder(
              "missing:id_card", "missing:registration_form", "defect:1:申请书未签名");
      assertThat(f.matter(n).state()).isEqualTo(MatterState.AWAITING_SUPPLEMENT);
    }

    @Test
    @DisplayName("after the supplement the matter is reviewed again and accepted")
    void supplement_then_accept() {
      RegistrationNumber n =
          f.register(windowRegistration(ZHANG, "dispute.labour", ALL_MATERIALS.subList(0, 2)))
              .number();
      f.review(n);
      f.intake.submit(new SubmitMaterialsUseCase.Command(n, ALL_MATERIALS.subList(2, 3), CLERK));
      assertThat(f.matter(n).state()).isEqualTo(MatterState.PENDING_DECISION);
      assertThat(f.review(n)).isInstanceOf(IntakeDecision.Accepted.class);
    }

    @Test
    @Implements("R7")
    @DisplayName(
        "R7: a later review cannot raise a defect in material held when the first notice went out")
    void later_notice_cannot_add_old_defects() {
      RegistrationNumber n =
          f.register(windowRegistration(ZHANG, "dispute.labour", ALL_MATERIALS.subList(0, 2)))
              .number();
      f.review(n);
      f.intake.submit(new SubmitMaterialsUseCase.Command(n, ALL_MATERIALS.subList(2, 3), CLERK));
      IntakeDecision d = f.review(n, new MaterialDefect(1, "身份证复印件模糊"));
      assertThat(d).isInstanceOf(IntakeDecision.ReviewRejected.class);
      assertThat(((IntakeDecision.ReviewRejected) d).reason()).contains("R7");
      assertThat(f.matter(n).state()).isEqualTo(MatterState.PENDING_DECISION);
      assertThat(f.matter(n).notices()).hasSize(1);
      assertThat(f.review(n, new MaterialDefect(3, "登记表未填写联系方式")))
          .as("a defect in material supplied after the first notice may be raised")
          .isInstanceOf(IntakeDecision.SupplementRequested.class);
    }

    @Test
    @DisplayName("对不符合受理条件的应当场告知: a refusal gives the reason and where to go")
    void refused_on_the_spot() {
      RegistrationNumber n = f.registerComplete("dispute.contract");
      Refusal r = new Refusal("已进入诉讼程序", "青田县人民法院");
      IntakeDecision d =
          f.intake.decide(
              new DecideIntakeUseCase.Command(n, new DecideIntakeUseCase.Verdict.Refuse(r), CLERK));
      assertThat(d).isEqualTo(new IntakeDecision.Refused(n, r));
      assertThat(f.matter(n).state()).isEqualTo(MatterState.REFUSED);
      assertThat(f.matter(n).snapshot().refusal()).contains(r);
    }

    @Test
    void the_applicant_can_withdraw_while_waiting() {
      RegistrationNumber n =
          f.register(windowRegistration(ZHANG, "dispute.labour", List.of())).number();
      f.review(n);
      f.intake.withdraw(new WithdrawMatterUseCase.Command(n, "已私下和解", CLERK));
      assertThat(f.matter(n).state()).isEqualTo(MatterState.WITHDRAWN);
    }

    @Test
    void an_unknown_category_is_refused_at_registration() {
      assertThatThrownBy(() -> f.register(windowRegistration(ZHANG, "dispute.unknown", List.of())))
          .as("the command is invalid (422), nothing is missing (404)")
          .isInstanceOf(UnknownCategoryException.class)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no category 'dispute.unknown'");
      assertThat(f.events.published(MatterEvent.class)).isEmpty();
    }
  }

  @Nested
  @Implements("6.1.2")
  @DisplayName("6.1.2 受理材料应包括：本人身份证；申请或投诉等反映材料；相关登记表等其他材料")
  class Materials {

    @Test
    @DisplayName("by default every category needs the three materials of 6.1.2")
    void defaults() {
      assertThat(MaterialRequirements.defaults().requiredFor("dispute.labour"))
          .containsExactlyInAnyOrder(
              MaterialKind.ID_CARD, MaterialKind.APPLICATION, MaterialKind.REGISTRATION_FORM);
    }

    @Test
    @DisplayName("a deployment configures the materials per category")
    void per_category() {
      MaterialKind contract = new MaterialKind("labour_contract", "劳动合同");
      IntakeConfiguration config =
          new IntakeConfiguration(
              IntakeFixtures.QINGTIAN,
              CategoryTaxonomy.defaults(),
              MaterialRequirements.defaults()
                  .withCategory(
                      "dispute.labour",
                      Set.of(MaterialKind.ID_CARD, MaterialKind.APPLICATION, contract)),
              RepeatDetectionRule.defaults());
      IntakeFixtures g = new IntakeFixtures(config);
      RegistrationNumber n = g.registerComplete("dispute.labour");
      IntakeDecision d = g.review(n);
      assertThat(((IntakeDecision.SupplementRequested) d).notice().items())
          .extracting(SupplementItem::key)
          .containsExactly("missing:labour_contract");
    }
  }

  @Nested
  @Implements("6.1.1.1")
  @DisplayName("6.1.1.1 what a registration must hold, and the configurable taxonomy")
  class RegistrationRules {

    @Test
    @DisplayName("a matter has at least one applicant")
    void an_applicant_is_required() {
      assertThatThrownBy(
              () ->
                  Registration.atWindow(
                      List.of(MatterParty.respondent(FIRM)),
                      "dispute.labour",
                      place("鹤城街道"),
                      "拖欠工资",
                      ALL_MATERIALS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("applicant");
    }

    @Test
    @DisplayName("a deployment adds a category or replaces one by its code")
    void the_taxonomy_is_configurable() {
      CategoryTaxonomy base = CategoryTaxonomy.defaults();
      Category added = base.get("dispute.labour");
      Category renamed = new Category(added.code(), "劳动人事争议", added.nameEn(), added.kind());
      CategoryTaxonomy changed = base.with(renamed);
      assertThat(changed.get("dispute.labour").nameZh()).isEqualTo("劳动人事争议");
      assertThat(changed.all()).hasSameSizeAs(base.all()).contains(renamed);
      assertThat(base.get("dispute.labour").nameZh())
          .as("the defaults are untouched")
          .isNotEqualTo("劳动人事争议");
      assertThat(base.all()).isNotEmpty().doesNotContain(renamed);
    }
  }

  @Nested
  @Implements("6.1.1.2.1")
  @DisplayName("6.1.1.2.1 通过“浙江解纷码”受理入口…自主选择线上调解或线下前往中心处理")
  class DisputeCode {

    @ParameterizedTest
    @EnumSource(ResolutionPreference.class)
    void the_applicants_choice_is_recorded(ResolutionPreference p) {
      Registration r =
          new Registration(
              Channel.DISPUTE_CODE,
              Optional.empty(),
              Optional.of(p),
              List.of(MatterParty.applicant(ZHANG)),
              "dispute.neighbour",
              place("鹤城街道"),
              "邻居占用通道",
              List.of());
      RegistrationNumber n = f.register(r).number();
      assertThat(f.matter(n).registration().preference()).contains(p);
    }

    @Test
    void the_choice_is_required() {
      assertThatThrownBy(
              () ->
                  new Registration(
                      Channel.DISPUTE_CODE,
                      Optional.empty(),
                      Optional.empty(),
                      List.of(MatterParty.applicant(ZHANG)),
                      "dispute.neighbour",
                      place("鹤城街道"),
                      "x",
                      List.of()))
          .hasMessageContaining("online mediation");
    }
  }

  @Nested
  @Implements({"6.1.1.2.2", "8.2.2"})
  @DisplayName("6.1.1.2.2 通过基层治理综合信息系统、浙里访、人社一体化平台、基层全科网格、110、12345、96345等业务平台提交转入")
  class Transfers {

    @ParameterizedTest
    @EnumSource(
        value = Channel.class,
        names = {
          "GRASSROOTS_GOVERNANCE_SYSTEM",
          "ZHELIFANG",
          "HR_SOCIAL_SECURITY_PLATFORM",
          "GRID_WORKER",
          "POLICE_110",
          "HOTLINE_12345",
          "HOTLINE_96345",
          "CITY_CENTER"
        })
    @DisplayName("each platform's transfer is registered with the platform's own reference")
    void each_platform(Channel channel) {
      RegistrationNumber n = f.register(transfer(channel, "REF-1")).number();
      assertThat(f.matter(n).registration().source())
          .contains(new SourceReference(channel, "REF-1"));
    }

    @Test
    @Implements("6.1.1.2.2")
    @DisplayName(
        "the same transfer arriving twice at once: the one stored second returns the first matter")
    void idempotent_under_a_race() {
      var first = f.register(transfer(Channel.POLICE_110, "110-20261125-77"));
      // the second request looked for the reference before the first one stored it
      MatterRepository raced =
          new MatterRepository() {
            @Override
            public void save(Matter matter) {
              f.matters.save(matter);
            }

            @Override
            public java.util.Optional<Matter> find(RegistrationNumber number) {
              return f.matters.find(number);
            }

            @Override
            public java.util.Optional<Matter> findBySource(SourceReference source) {
              return java.util.Optional.empty();
            }

            @Override
            public List<Matter> registeredSince(java.time.Instant since) {
              return f.matters.registeredSince(since);
            }
          };
      IntakeService late =
          new IntakeService(
              raced,
              f.sequences,
              new IntakeConfiguration(IntakeFixtures.QINGTIAN),
              f.notifier,
              f.events,
              f.audit,
              f.clock);

      var again =
          late.register(
              new RegisterMatterUseCase.Command(
                  transfer(Channel.POLICE_110, "110-20261125-77"), CLERK));

      assertThat(again.number()).isEqualTo(first.number());
      assertThat(again.alreadyRegistered()).isTrue();
      assertThat(f.events.published(MatterEvent.class)).hasSize(1);
    }

    @Test
    @DisplayName("the same transfer arriving twice returns the existing matter")
    void idempotent() {
      var first = f.register(transfer(Channel.HOTLINE_12345, "2026112500042"));
      var again = f.register(transfer(Channel.HOTLINE_12345, "2026112500042"));
      assertThat(again.number()).isEqualTo(first.number());
      assertThat(again.alreadyRegistered()).isTrue();
      assertThat(first.alreadyRegistered()).isFalse();
      assertThat(f.events.published(MatterEvent.class)).hasSize(1);
    }

    @Test
    @DisplayName("8.2.2 统一受理: content issued by the city center is registered like any transfer")
    void city_center() {
      var r = f.register(transfer(Channel.CITY_CENTER, "LS-2026-0099"));
      assertThat(f.matter(r.number()).registration().channel()).isEqualTo(Channel.CITY_CENTER);
    }

    @Test
    void a_transfer_without_its_reference_is_refused() {
      assertThatThrownBy(
              () ->
                  new Registration(
                      Channel.POLICE_110,
                      Optional.empty(),
                      Optional.empty(),
                      List.of(MatterParty.applicant(LI)),
                      "event.safety_hazard",
                      place("温溪镇"),
                      "x",
                      List.of()))
          .hasMessageContaining("carries that system's reference");
    }
  }

  @Nested
  @Implements("6.1.1.3")
  @DisplayName("6.1.1.3 通过领导接访、领导交办，部门转交等其他途径到社会治理中心受理的相关事项")
  class OtherChannels {

    @ParameterizedTest
    @EnumSource(
        value = Channel.class,
        names = {"LEADER_RECEPTION", "LEADER_ASSIGNMENT", "DEPARTMENT_TRANSFER"})
    void registered_like_the_window(Channel channel) {
      Registration r =
          new Registration(
              channel,
              Optional.empty(),
              Optional.empty(),
              List.of(MatterParty.applicant(ZHANG)),
              "event.petition",
              place("鹤城街道"),
              "反映征地补偿问题",
              ALL_MATERIALS);
      RegistrationNumber n = f.register(r).number();
      assertThat(f.matter(n).registration().channel()).isEqualTo(channel);
    }
  }

  @Nested
  @DisplayName("parties: citizens by GB 11643 number, organisations by GB 32100 code")
  class Parties {

    @Test
    void a_wrong_identity_check_digit_is_refused() {
      assertThatThrownBy(() -> Party.Citizen.of("王五", "110105194912310021", null))
          .hasMessageContaining("GB 11643");
    }

    @Test
    void a_wrong_credit_code_check_is_a_warning_on_the_receipt() {
      Party.Organisation odd = Party.Organisation.of("某合作社", "91512081MA62K0260X", null);
      Registration r =
          Registration.atWindow(
              List.of(MatterParty.applicant(odd)),
              "dispute.contract",
              place("鹤城街道"),
              "合同纠纷",
              ALL_MATERIALS);
      var receipt = f.register(r);
      assertThat(receipt.warnings()).singleElement().asString().contains("GB 32100");
      assertThat(f.matter(receipt.number()).warnings()).hasSize(1);
    }
  }

  @Nested
  @Implements("6.5.1")
  @DisplayName("repeat and duplicate detection within the configurable window")
  class Repeats {

    @Test
    @DisplayName("a matter from the same person within the window is linked and flagged")
    void same_applicant() {
      RegistrationNumber first = f.registerComplete("dispute.labour");
      f.clock.advance(Duration.ofDays(10));
      var second = f.register(windowRegistration(ZHANG, "dispute.contract", ALL_MATERIALS));
      assertThat(second.links())
          .containsExactly(new RepeatLink(first, RepeatLink.Reason.SAME_APPLICANT));
      assertThat(second.flags()).containsExactly(MatterFlag.REPEAT_PETITION);
    }

    @Test
    @DisplayName("others about the same place and subject are a possible group dispute")
    void same_place_and_subject() {
      RegistrationNumber first = f.registerComplete("dispute.labour");
      var second = f.register(windowRegistration(LI, "dispute.labour", ALL_MATERIALS));
      assertThat(second.links())
          .containsExactly(new RepeatLink(first, RepeatLink.Reason.SAME_PLACE_AND_SUBJECT));
      assertThat(second.flags()).containsExactly(MatterFlag.POSSIBLE_GROUP_DISPUTE);
    }

    @Test
    @DisplayName("outside the window nothing is linked")
    void outside_window() {
      f.registerComplete("dispute.labour");
      f.clock.advance(Duration.ofDays(91));
      assertThat(f.register(windowRegistration(ZHANG, "dispute.labour", ALL_MATERIALS)).links())
          .isEmpty();
    }

    @Test
    @Implements("6.5.1")
    @DisplayName("the same person is recognised by ID number, by name and phone, or by credit code")
    void the_same_person_across_records() {
      RegistrationNumber first = f.registerComplete("dispute.labour");
      Party.Citizen sameIdNoPhone = Party.Citizen.of("张三", "11010519491231002X", null);
      var byId =
          f.register(
              Registration.atWindow(
                  List.of(MatterParty.applicant(sameIdNoPhone)),
                  "dispute.contract",
                  IntakeFixtures.place("温溪镇"),
                  "合同纠纷",
                  ALL_MATERIALS));
      assertThat(byId.links())
          .containsExactly(new RepeatLink(first, RepeatLink.Reason.SAME_APPLICANT));
      Party.Citizen noId = Party.Citizen.of("王五", null, "13905780001");
      Party.Citizen otherNoId = Party.Citizen.of("王五", null, "13905780002");
      RegistrationNumber wang = f.register(registrationOf(noId, "温溪镇")).number();
      assertThat(f.register(registrationOf(noId, "鹤城街道")).links())
          .containsExactly(new RepeatLink(wang, RepeatLink.Reason.SAME_APPLICANT));
      assertThat(f.register(registrationOf(otherNoId, "船寮镇")).links())
          .as("the same name with another phone is another person")
          .isEmpty();
      RegistrationNumber firm = f.register(registrationOf(FIRM, "高湖镇")).number();
      assertThat(f.register(registrationOf(FIRM, "仁庄镇")).links())
          .containsExactly(new RepeatLink(firm, RepeatLink.Reason.SAME_APPLICANT));
    }

    private Registration registrationOf(Party applicant, String township) {
      return Registration.atWindow(
          List.of(MatterParty.applicant(applicant)),
          "dispute.neighbour",
          IntakeFixtures.place(township),
          "邻里纠纷",
          ALL_MATERIALS);
    }

    @Test
    @Implements("6.5.1")
    @DisplayName(
        "the same subject in another township, or where the township is unknown, is no group")
    void a_group_needs_the_same_known_township() {
      f.registerComplete("dispute.labour");
      var elsewhere =
          f.register(
              Registration.atWindow(
                  List.of(MatterParty.applicant(LI)),
                  "dispute.labour",
                  IntakeFixtures.place("温溪镇"),
                  "拖欠工资",
                  ALL_MATERIALS));
      assertThat(elsewhere.links()).isEmpty();
      Registration unknownTownship =
          Registration.atWindow(
              List.of(MatterParty.applicant(Party.Citizen.of("赵六", null, "13905780003"))),
              "dispute.consumer",
              Place.of("331121", " ", "青田县某处"),
              "消费纠纷",
              ALL_MATERIALS);
      assertThat(unknownTownship.place().township()).as("a blank township is unknown").isEmpty();
      f.register(unknownTownship);
      var again =
          f.register(
              Registration.atWindow(
                  List.of(MatterParty.applicant(Party.Citizen.of("钱七", null, "13905780004"))),
                  "dispute.consumer",
                  Place.of("331121", null, "青田县另一处"),
                  "消费纠纷",
                  ALL_MATERIALS));
      assertThat(again.links()).isEmpty();
      var otherCounty =
          f.register(
              Registration.atWindow(
                  List.of(MatterParty.applicant(Party.Citizen.of("孙八", null, "13905780005"))),
                  "dispute.labour",
                  Place.of("331122", "鹤城街道", "缙云县鹤城街道"),
                  "拖欠工资",
                  ALL_MATERIALS));
      assertThat(otherCounty.links()).as("a township of the same name in another county").isEmpty();
    }

    @Test
    void a_different_place_or_subject_is_not_linked() {
      f.registerComplete("dispute.labour");
      assertThat(f.register(windowRegistration(LI, "dispute.consumer", ALL_MATERIALS)).links())
          .isEmpty();
    }
  }

  @Nested
  @DisplayName("every change is an event and an audit entry")
  class Events {

    @Test
    void each_transition_emits_one_event_and_one_audit_entry() {
      RegistrationNumber n =
          f.register(windowRegistration(ZHANG, "dispute.labour", ALL_MATERIALS.subList(0, 1)))
              .number();
      f.review(n);
      f.intake.submit(new SubmitMaterialsUseCase.Command(n, ALL_MATERIALS.subList(1, 3), CLERK));
      f.review(n);
      assertThat(f.events.published(MatterEvent.class))
          .extracting(MatterEvent::action)
          .containsExactly(
              MatterAction.REGISTER,
              MatterAction.REQUEST_SUPPLEMENT,
              MatterAction.SUBMIT_MATERIALS,
              MatterAction.ACCEPT);
      List<AuditEntry> audit = f.audit.of("Matter", n.toString());
      assertThat(audit)
          .extracting(e -> e.fromState() + ">" + e.toState())
          .containsExactly(
              "->PENDING_DECISION",
              "PENDING_DECISION>AWAITING_SUPPLEMENT",
              "AWAITING_SUPPLEMENT>PENDING_DECISION",
              "PENDING_DECISION>ACCEPTED");
      assertThat(audit).allSatisfy(e -> assertThat(e.actor()).isEqualTo(CLERK));
      assertThat(f.matter(n).version().value()).isEqualTo(4);
    }

    @Test
    void an_illegal_step_names_state_and_action() {
      RegistrationNumber n = f.registerComplete("dispute.labour");
      f.review(n);
      assertThatThrownBy(() -> f.intake.withdraw(new WithdrawMatterUseCase.Command(n, "x", CLERK)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage("Matter " + n + ": action WITHDRAW is not allowed in state ACCEPTED");
    }

    @Test
    void an_unknown_number_is_reported() {
      RegistrationNumber n = RegistrationNumber.parse("331121-20261125-0999");
      assertThatThrownBy(() -> f.review(n)).isInstanceOf(MatterNotFoundException.class);
    }
  }

  @Test
  void respondent_parties_are_kept_with_their_role() {
    RegistrationNumber n = f.registerComplete("dispute.labour");
    assertThat(f.matter(n).registration().parties())
        .extracting(MatterParty::role)
        .containsExactly(PartyRole.APPLICANT, PartyRole.RESPONDENT);
    assertThat(f.matter(n).registration().parties().get(1).party()).isEqualTo(FIRM);
  }
}
