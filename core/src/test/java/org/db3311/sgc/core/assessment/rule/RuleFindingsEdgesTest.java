package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.ASSESSED_ON;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier2Conformant;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.check;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.fixture.SampleCenters;
import org.db3311.sgc.core.assessment.profile.Attestation;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Certificate;
import org.db3311.sgc.core.assessment.profile.Dimensions;
import org.db3311.sgc.core.assessment.profile.Hardware;
import org.db3311.sgc.core.assessment.profile.ManagementArrangements;
import org.db3311.sgc.core.assessment.profile.PostHolder;
import org.db3311.sgc.core.assessment.profile.PostKind;
import org.db3311.sgc.core.assessment.profile.Sign;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.assessment.profile.SignLocation;
import org.db3311.sgc.core.assessment.profile.StaffPost;
import org.db3311.sgc.core.assessment.profile.VideoConference;
import org.db3311.sgc.core.assessment.profile.VideoConferenceComponent;
import org.db3311.sgc.core.assessment.profile.Zone;
import org.db3311.sgc.core.assessment.profile.ZoneKind;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.catalog.NormativeLevel;
import org.db3311.sgc.core.catalog.Verification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of what a finding shows: the counts and days a conforming finding states (the staff of
 * 4.2.1, 4.2.3, 7.3.1 and 7.4.1.1, the entry modes of 4.1.3.1, the latest drill and training of
 * 7.4.2.1 and 7.4.2.2), the facts of the attestation gate (R6, R11), the aspect-ratio findings
 * (R5), and the registry's per-mode lists and look-ups.
 */
@DisplayName(
    "Center rules — what each finding counts and shows, the attestation gate, the registry")
class RuleFindingsEdgesTest {

  private static final String ATTESTER = "丽水市社会治理中心督查组 王敏";
  private static final String EVIDENCE = "sha256:" + "0123456789abcdef".repeat(4);

  private static CenterProfile withManagement(ManagementArrangements m) {
    return tier1Conformant().toBuilder().management(m).build();
  }

  private static CenterProfile withSigns(SignKind replaced, Sign... signs) {
    List<Sign> kept = new ArrayList<>();
    for (Sign s : tier1Conformant().signs()) {
      if (s.kind() != replaced) {
        kept.add(s);
      }
    }
    kept.addAll(List.of(signs));
    return tier1Conformant().toBuilder().signs(kept).build();
  }

  private static Finding inMode(String clause, CenterProfile center, EvidenceMode mode) {
    return CenterRules.standard().forClause(clause).orElseThrow().check(center, ASSESSED_ON, mode);
  }

  @Test
  @Implements({"4.2.1", "7.3.1", "7.4.1.1"})
  @DisplayName(
      "4.2.1, 7.3.1, 7.4.1.1 a conforming finding counts every holder of the posts of its kind"
          + " (3 of 9 in management, 1 archivist, 2 guards in the 莲都区 sample)")
  void staff_are_counted_by_post_kind() {
    Finding staff = check("4.2.1", tier1Conformant());
    assertThat(staff.facts())
        .containsExactly(new Fact("managementStaff", "3"), new Fact("allStaff", "9"));
    assertThat(staff.messageZh()).isEqualTo("管理部门配置工作人员3名");
    assertThat(staff.messageEn()).isEqualTo("3 staff hold management body posts");

    Finding archives = check("7.3.1", tier1Conformant());
    assertThat(archives.facts()).containsExactly(new Fact("archiveStaff", "1"));
    assertThat(archives.messageZh()).isEqualTo("配备档案管理工作人员1名");
    assertThat(archives.messageEn()).isEqualTo("1 archive staff");

    Finding security = check("7.4.1.1", tier1Conformant());
    assertThat(security.facts())
        .containsExactly(new Fact("securityStaff", "2"), new Fact("visitorScreening", "true"));
    assertThat(security.messageZh()).isEqualTo("配备安保人员2名，对外来人员进行安检");
    assertThat(security.messageEn()).isEqualTo("2 security staff screen visitors");
  }

  @Test
  @Implements("4.2.3")
  @DisplayName(
      "4.2.3 有特殊要求的岗位，应持证上岗 — the finding counts the posts that need a certificate and"
          + " the holders without a valid one; a post without such a requirement is not counted")
  void certified_posts_and_uncertified_holders_are_counted() {
    Finding ok = check("4.2.3", tier1Conformant());
    assertThat(ok.verdict()).isEqualTo(Verdict.CONFORMS);
    assertThat(ok.facts())
        .containsExactly(
            new Fact("postsRequiringCertificate", "1"),
            new Fact("holdersWithoutValidCertificate", "0"));

    Certificate valid =
        new Certificate("调解员证", Optional.empty(), Optional.empty(), Optional.empty());
    List<StaffPost> posts = new ArrayList<>(tier1Conformant().staff());
    posts.add(
        new StaffPost(
            "调解窗口",
            PostKind.BUSINESS_WINDOW,
            Optional.of("调解员证"),
            List.of(
                new PostHolder("甲", List.of()),
                new PostHolder("乙", List.of(valid)),
                new PostHolder("丙", List.of()))));
    Finding f = check("4.2.3", tier1Conformant().toBuilder().staff(posts).build());
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.facts())
        .containsExactly(
            new Fact("postsRequiringCertificate", "2"),
            new Fact("holdersWithoutValidCertificate", "2"));
    assertThat(f.messageZh()).isEqualTo("特殊岗位未持证上岗（调解窗口：甲无有效的调解员证；调解窗口：丙无有效的调解员证）");
    assertThat(f.messageEn())
        .isEqualTo(
            "special posts held without a valid certificate (调解窗口: 甲 holds no valid 调解员证;"
                + " 调解窗口: 丙 holds no valid 调解员证)");
  }

  @Test
  @Implements("4.1.3.1")
  @DisplayName(
      "4.1.3.1 the finding counts the units by entry mode, in the modes' order, and all of them")
  void units_are_counted_by_entry_mode() {
    Finding t1 = check("4.1.3.1", tier1Conformant());
    assertThat(t1.facts().get(0))
        .isEqualTo(new Fact("unitsByEntryMode", "{RESIDENT=10, ROTATING=1, ON_CALL=1}"));
    assertThat(t1.messageZh()).startsWith("12个单位（中心）进驻（常驻10个、轮驻1个、随叫随驻1个）；");
    assertThat(t1.messageEn())
        .startsWith("12 units (centers) stationed (10 resident, 1 rotating, 1 on call);");

    Finding t2 = check("4.1.3.1", tier2Conformant());
    assertThat(t2.messageZh()).startsWith("6个单位（中心）进驻（常驻5个、轮驻1个）；");
    assertThat(t2.messageEn()).startsWith("6 units (centers) stationed (5 resident, 1 rotating);");
  }

  @Test
  @Implements({"7.4.2.1", "7.4.2.2"})
  @DisplayName(
      "7.4.2.1, 7.4.2.2 定期: the finding names the latest drill and training within the year, not"
          + " the first listed; with none it says none and names the year it looked at")
  void the_latest_drill_and_training_within_the_year() {
    ManagementArrangements m = tier1Conformant().management();
    ManagementArrangements unordered =
        new ManagementArrangements(
            m.regulations(),
            true,
            true,
            List.of(
                LocalDate.of(2025, 3, 15),
                LocalDate.of(2024, 6, 29),
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2024, 11, 9)),
            true,
            List.of(LocalDate.of(2025, 4, 22), LocalDate.of(2024, 8, 1)));
    Finding drills = inMode("7.4.2.1", withManagement(unordered), EvidenceMode.SELF_ASSESSMENT);
    assertThat(drills.verdict()).isEqualTo(Verdict.CONFORMS);
    assertThat(drills.facts())
        .startsWith(
            new Fact("fireSafetyRules", "true"),
            new Fact("latestFireDrillWithinYear", "2025-03-15"));
    Finding training = check("7.4.2.2", withManagement(unordered));
    assertThat(training.facts())
        .containsExactly(
            new Fact("emergencyPlan", "true"),
            new Fact("dutyRoster24h", "true"),
            new Fact("latestEmergencyTrainingWithinYear", "2025-04-22"));
    assertThat(training.messageZh()).isEqualTo("已制定内部应急安全预案，建立24小时值班备勤制度，定期开展应急安全培训");

    ManagementArrangements none =
        new ManagementArrangements(m.regulations(), true, true, List.of(), true, List.of());
    Finding noDrill = check("7.4.2.1", withManagement(none));
    assertThat(noDrill.facts()).contains(new Fact("latestFireDrillWithinYear", "none"));
    assertThat(noDrill.messageZh()).startsWith("评估日前一年内（2024-06-30至2025-06-30）没有消防安全演练");
    assertThat(noDrill.messageEn())
        .startsWith("no fire drill in the year before the assessment (2024-06-30 to 2025-06-30)");
    assertThat(check("7.4.2.2", withManagement(none)).facts())
        .contains(new Fact("latestEmergencyTrainingWithinYear", "none"));
  }

  @Test
  @Implements({"5.1.2.1", "5.1.2.2.1", "8.1.2", "8.1.4"})
  @DisplayName(
      "5.1.2.1, 5.1.2.2.1, 8.1.2, 8.1.4 the facts name the zones and windows, an absent zone as"
          + " absent, the bandwidth (none when not recorded) and the transmission")
  void zone_and_hardware_facts() {
    Finding blocks = check("5.1.2.1", tier1Conformant());
    assertThat(blocks.facts())
        .containsExactly(
            new Fact(
                "zones", "[RECEPTION, DISPUTE_RESOLUTION, INTEGRATED_COMMAND, SERVICE_SUPPORT]"),
            new Fact("windows", "6"));

    List<Zone> noCommand = new ArrayList<>();
    for (Zone z : tier1Conformant().zones()) {
      if (z.kind() != ZoneKind.INTEGRATED_COMMAND) {
        noCommand.add(z);
      }
    }
    Finding zones = check("5.1.2.2.1", tier1Conformant().toBuilder().zones(noCommand).build());
    assertThat(zones.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(zones.facts()).hasSize(4).contains(new Fact("INTEGRATED_COMMAND", "absent"));
    assertThat(zones.facts().get(1).value()).startsWith("[SECURITY_CHECK");

    assertThat(check("8.1.2", tier1Conformant()).facts().get(0))
        .isEqualTo(new Fact("bandwidthMbps", "1000"));
    Finding video = check("8.1.4", tier1Conformant());
    assertThat(video.facts().get(0)).isEqualTo(new Fact("transmission", "1080p"));
    assertThat(video.messageZh()).isEqualTo("视频会议系统具备1080P高清传输能力，组件齐全");
  }

  @Test
  @Implements({"5.3.4", "5.3.5", "R6"})
  @DisplayName(
      "5.3.4, 5.3.5 the facts: the no-smoking sign at the hall entrance and the safety signs counted;"
          + " the zone map, the windows and those without a screen")
  void signage_facts() {
    assertThat(check("5.3.4", tier1Conformant()).facts())
        .startsWith(new Fact("noSmokingSignAtHallEntrance", "true"), new Fact("safetySigns", "1"));
    assertThat(check("5.3.5", tier1Conformant()).facts())
        .startsWith(
            new Fact("zoneMap", "true"),
            new Fact("windows", "6"),
            new Fact("windowsWithoutScreen", "[]"));
    Finding elsewhere =
        check(
            "5.3.4",
            withSigns(
                SignKind.NO_SMOKING, Sign.of(SignKind.NO_SMOKING, "禁止吸烟", SignLocation.HALL)));
    assertThat(elsewhere.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(elsewhere.facts()).contains(new Fact("noSmokingSignAtHallEntrance", "false"));
  }

  @Test
  @Implements({"B.2", "C.1", "R5"})
  @DisplayName(
      "R5: an aspect-ratio finding shows the expected ratio and each measured sign; beyond ±2 % it"
          + " names the sign and is informative only; it counts the signs without dimensions")
  void aspect_ratio_findings() {
    Finding ok = check("B.2", tier1Conformant());
    assertThat(ok.facts())
        .containsExactly(
            new Fact("expectedAspectRatio", "3:2 ±2%"), new Fact("莲都区社会治理中心", "900×600 mm (1.5)"));
    assertThat(ok.messageZh()).isEqualTo("铜牌宽高比例在3:2±2%以内");
    assertThat(ok.messageEn()).isEqualTo("brass plate aspect ratio within 3:2 ±2%");

    CenterProfile off =
        withSigns(
            SignKind.BRASS_PLATE,
            new Sign(
                SignKind.BRASS_PLATE,
                "莲都区社会治理中心",
                SignLocation.FACADE,
                Optional.of(Dimensions.of(1000, 600))),
            Sign.of(SignKind.BRASS_PLATE, "铜牌二", SignLocation.FACADE),
            Sign.of(SignKind.BRASS_PLATE, "铜牌三", SignLocation.FACADE));
    Finding f = check("B.2", off);
    assertThat(f.verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(f.level()).isEqualTo(NormativeLevel.INFORMATIVE);
    assertThat(f.messageZh())
        .isEqualTo("铜牌宽高比例偏离3:2超过2%：“莲都区社会治理中心” 1000×600 mm；2块铜牌未记录尺寸（资料性，仅供参考）");
    assertThat(f.messageEn())
        .isEqualTo(
            "brass plate aspect ratio deviates from 3:2 by more than 2%: “莲都区社会治理中心” 1000×600"
                + " mm; 2 brass plate(s) without recorded dimensions (informative only)");

    Finding none = check("C.1", withSigns(SignKind.ONE_PLACE_LOGO));
    assertThat(none.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(none.facts()).containsExactly(new Fact("signs", "0"));
    assertThat(none.messageZh()).isEqualTo("未记录最多跑一地标志");
  }

  @Test
  @Implements({"R6", "R11"})
  @DisplayName(
      "R6: the gate shows the attestation relied on (its end day only when it has one), or none"
          + " valid on the day; a gap stays a gap, noting a missing attestation only when there is"
          + " none")
  void the_attestation_gate_facts_and_messages() {
    Finding attested = check("5.1.1.1", tier1Conformant());
    assertThat(attested.facts())
        .containsExactly(
            new Fact(
                "attestation",
                ATTESTER + ", 2025-05-20, evidence " + EVIDENCE + ", valid until 2026-05-19"));

    Attestation open =
        new Attestation(
            ClauseId.of("5.1.1.1"),
            "莲都区自评组",
            LocalDate.of(2025, 1, 2),
            SampleCenters.attestation("5.1.1.1").evidence(),
            Optional.empty(),
            "");
    CenterProfile noEnd = RuleTestSupport.withoutAttestation(tier1Conformant(), "5.1.1.1");
    List<Attestation> all = new ArrayList<>(noEnd.attestations());
    all.add(open);
    Finding f = check("5.1.1.1", noEnd.toBuilder().attestations(all).build());
    assertThat(f.verdict()).isEqualTo(Verdict.CONFORMS);
    assertThat(f.facts())
        .containsExactly(new Fact("attestation", "莲都区自评组, 2025-01-02, evidence " + EVIDENCE));
    assertThat(f.messageEn()).endsWith(" (莲都区自评组, 2025-01-02)");

    Finding bare =
        check("5.1.1.1", RuleTestSupport.withoutAttestation(tier1Conformant(), "5.1.1.1"));
    assertThat(bare.verdict()).isEqualTo(Verdict.EVIDENCE_MISSING);
    assertThat(bare.facts()).containsExactly(new Fact("attestation", "none valid on 2025-06-30"));
    assertThat(bare.messageZh()).isEqualTo("需要有效核验：选址符合城市规划要求，辐射能力较强、交通相对便利、群众办事方便");

    CenterProfile noSign = withSigns(SignKind.FIRE_SAFETY);
    Finding gapAttested = check("5.3.3", noSign);
    assertThat(gapAttested.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(gapAttested.messageZh()).isEqualTo("没有消防安全标志");
    assertThat(gapAttested.messageEn()).isEqualTo("no fire-safety signs");
    Finding gapBare = check("5.3.3", RuleTestSupport.withoutAttestation(noSign, "5.3.3"));
    assertThat(gapBare.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(gapBare.messageZh()).isEqualTo("没有消防安全标志；另缺少有效核验（第5.3.3条）");
    assertThat(gapBare.messageEn())
        .isEqualTo("no fire-safety signs; also no valid attestation of clause 5.3.3");
  }

  @Test
  @Implements({"R6", "R11"})
  @DisplayName(
      "R11: the registry lists the clauses needing an attestation per mode — the ATTESTATION"
          + " clauses in a self-assessment, with the ORGANISATIONAL ones in an inspection")
  void attested_clauses_by_mode() {
    assertThat(CenterRules.standard().attestedClauses(EvidenceMode.SELF_ASSESSMENT))
        .extracting(ClauseId::value)
        .containsExactly("5.1.1.1", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "5.3.5", "7.4.2.1");
    assertThat(CenterRules.standard().attestedClauses(EvidenceMode.INSPECTION))
        .containsExactlyElementsOf(CenterRules.standard().attestedClauses());
    // an organisational clause is judged from the facts alone in a self-assessment
    CenterProfile bare = RuleTestSupport.withoutAttestation(tier1Conformant(), "7.3.1");
    assertThat(inMode("7.3.1", bare, EvidenceMode.SELF_ASSESSMENT).verdict())
        .isEqualTo(Verdict.CONFORMS);
    assertThat(inMode("7.3.1", bare, EvidenceMode.INSPECTION).verdict())
        .isEqualTo(Verdict.EVIDENCE_MISSING);
  }

  @Test
  @Implements({"A.1", "5.3.1", "R1", "R3", "R4", "R6"})
  @DisplayName(
      "each rule keeps the rulings it applies and the catalog's verification of its clause; the"
          + " registry finds no rule for a clause it lacks")
  void rule_rulings_verification_and_lookup() {
    ClauseRule table = (ClauseRule) CenterRules.standard().forClause("A.1").orElseThrow();
    assertThat(table.rulings())
        .containsExactly(ClauseId.of("R1"), ClauseId.of("R3"), ClauseId.of("R4"));
    assertThat(check("A.1", tier1Conformant()).rulings()).isEqualTo(table.rulings());
    ClauseRule sign = (ClauseRule) CenterRules.standard().forClause("5.3.1").orElseThrow();
    assertThat(sign.rulings()).containsExactly(ClauseId.of("R6"));
    assertThat(sign.verification()).isEqualTo(Verification.ATTESTATION);
    assertThat(sign.readsAttestations()).isTrue();
    ClauseRule facilities = (ClauseRule) CenterRules.standard().forClause("5.2").orElseThrow();
    assertThat(facilities.readsAttestations()).isFalse();
    assertThat(facilities.rulings()).isEmpty();

    assertThat(CenterRules.standard().forClause("7.2")).isEmpty();
    assertThat(CenterRules.standard().forClause(ClauseId.of("5.3.1"))).containsSame(sign);
  }

  /** A deployment's own rule, written against the interface alone. */
  private static final class OwnRule implements CenterRule {
    @Override
    public ClauseId clause() {
      return ClauseId.of("7.2");
    }

    @Override
    public boolean appliesTo(CenterProfile center) {
      return true;
    }

    @Override
    public Finding check(CenterProfile center, LocalDate assessedOn) {
      return new Finding(
          clause(),
          NormativeLevel.INFORMATIVE,
          Verdict.CONFORMS,
          List.of(),
          List.of(new Fact("assessedOn", assessedOn.toString())),
          "本地规则",
          "local rule");
    }
  }

  @Test
  @Implements({"R6", "R11"})
  @DisplayName(
      "R6, R11: a deployment's own rule reads no attestations unless it says so, and checks alike"
          + " in every mode; the registry takes it with the standard ones, in clause order")
  void a_deployments_own_rule() {
    CenterRule own = new OwnRule();
    assertThat(own.readsAttestations()).isFalse();
    for (EvidenceMode mode : EvidenceMode.values()) {
      assertThat(own.check(tier1Conformant(), ASSESSED_ON, mode))
          .isEqualTo(own.check(tier1Conformant(), ASSESSED_ON));
    }
    List<CenterRule> rules = new ArrayList<>(CenterRules.standard().all());
    rules.add(own);
    CenterRules registry = CenterRules.of(rules);
    assertThat(registry.size()).isEqualTo(38);
    assertThat(registry.forClause("7.2")).containsSame(own);
    assertThat(registry.clauses()).isSorted();
    assertThat(registry.attestedClauses()).isEqualTo(CenterRules.standard().attestedClauses());
  }

  @Test
  @DisplayName(
      "the standard registry is built on first use from a cold cache, then the same one is shared")
  void the_standard_registry_is_built_on_first_use() throws Exception {
    Field cache = CenterRules.class.getDeclaredField("standard");
    cache.setAccessible(true);
    Object before = cache.get(null);
    try {
      cache.set(null, null);
      CenterRules first = CenterRules.standard();
      assertThat(first).isNotNull();
      assertThat(first.size()).isEqualTo(37);
      assertThat(first.clauses()).isSorted().startsWith(ClauseId.of("4.1.1"));
      assertThat(cache.get(null)).isSameAs(first);
      assertThat(CenterRules.standard()).isSameAs(first);
    } finally {
      cache.set(null, before);
    }
  }

  @Test
  @Implements("8.1.4")
  @DisplayName(
      "8.1.4 视频会议系统……包括专业音箱、调音台、音频处理器、话筒、高清视频终端 — a 1080P system without"
          + " some of them falls short, naming them")
  void video_conference_components() {
    Hardware h = tier1Conformant().hardware();
    Hardware partial =
        new Hardware(
            h.rooms(),
            h.systems(),
            h.bandwidthMbps(),
            h.networkEquipment(),
            h.displays(),
            h.displayComponents(),
            Optional.of(
                new VideoConference(
                    1080,
                    EnumSet.of(
                        VideoConferenceComponent.PROFESSIONAL_SPEAKERS,
                        VideoConferenceComponent.MICROPHONES,
                        VideoConferenceComponent.HD_VIDEO_TERMINAL))),
            h.functionalDevices());
    Finding f = check("8.1.4", tier1Conformant().toBuilder().hardware(partial).build());
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).isEqualTo("缺少视频会议组件：调音台、音频处理器");
    assertThat(f.messageEn())
        .isEqualTo("missing video-conference component: mixing console, audio processor");
    assertThat(f.facts())
        .containsExactly(
            new Fact("transmission", "1080p"),
            new Fact("components", "[PROFESSIONAL_SPEAKERS, MICROPHONES, HD_VIDEO_TERMINAL]"));
  }
}
