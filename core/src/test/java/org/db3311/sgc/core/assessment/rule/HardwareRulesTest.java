package org.db3311.sgc.core.assessment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.db3311.sgc.core.assessment.fixture.SampleCenters.tier1Conformant;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.check;
import static org.db3311.sgc.core.assessment.rule.RuleTestSupport.verdict;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.finding.Verdict;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Display;
import org.db3311.sgc.core.assessment.profile.DisplayComponent;
import org.db3311.sgc.core.assessment.profile.FunctionalDevice;
import org.db3311.sgc.core.assessment.profile.Hardware;
import org.db3311.sgc.core.assessment.profile.HardwareRoom;
import org.db3311.sgc.core.assessment.profile.HardwareSystem;
import org.db3311.sgc.core.assessment.profile.NetworkEquipment;
import org.db3311.sgc.core.assessment.profile.Resolution;
import org.db3311.sgc.core.assessment.profile.VideoConference;
import org.db3311.sgc.core.assessment.profile.VideoConferenceComponent;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("8.1 硬件设施: rooms, network, displays, video conferencing, devices")
class HardwareRulesTest {

  private static Hardware full() {
    return tier1Conformant().hardware();
  }

  private static CenterProfile with(Hardware hw) {
    return tier1Conformant().toBuilder().hardware(hw).build();
  }

  private static CenterProfile withDisplays(List<Display> displays) {
    Hardware h = full();
    return with(
        new Hardware(
            h.rooms(),
            h.systems(),
            h.bandwidthMbps(),
            h.networkEquipment(),
            displays,
            h.displayComponents(),
            h.videoConference(),
            h.functionalDevices()));
  }

  @Test
  @Implements("8.1.1")
  @DisplayName("8.1.1 应建立信息网络用房、通信机房，配备通信系统、显示系统和视频会议系统")
  void rooms_and_systems() {
    assertThat(verdict("8.1.1", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    Hardware h = full();
    Finding f =
        check(
            "8.1.1",
            with(
                new Hardware(
                    EnumSet.of(HardwareRoom.NETWORK_ROOM),
                    EnumSet.of(HardwareSystem.COMMUNICATIONS, HardwareSystem.DISPLAY),
                    h.bandwidthMbps(),
                    h.networkEquipment(),
                    h.displays(),
                    h.displayComponents(),
                    h.videoConference(),
                    h.functionalDevices())));
    assertThat(f.messageZh()).isEqualTo("缺少机房：通信机房；缺少系统：视频会议系统");
  }

  @ParameterizedTest(name = "{0} Mbps → {1}")
  @CsvSource({"199, NONCONFORMS", "199.99, NONCONFORMS", "200, CONFORMS", "1000, CONFORMS"})
  @Implements("8.1.2")
  @DisplayName("8.1.2 通信系统应至少采用200M网络")
  void bandwidth_boundary(String mbps, Verdict expected) {
    Hardware h = full();
    CenterProfile c =
        with(
            new Hardware(
                h.rooms(),
                h.systems(),
                Optional.of(new BigDecimal(mbps)),
                h.networkEquipment(),
                h.displays(),
                h.displayComponents(),
                h.videoConference(),
                h.functionalDevices()));
    assertThat(verdict("8.1.2", c)).isEqualTo(expected);
  }

  @Test
  @Implements("8.1.2")
  @DisplayName("8.1.2 硬件设备应包括核心交换机、……网闸、……网管软件 — missing ones by name; unknown bandwidth fails")
  void network_equipment() {
    Hardware h = full();
    EnumSet<NetworkEquipment> some = EnumSet.allOf(NetworkEquipment.class);
    some.remove(NetworkEquipment.NETWORK_GATEKEEPER);
    some.remove(NetworkEquipment.BASTION_HOST);
    Finding f =
        check(
            "8.1.2",
            with(
                new Hardware(
                    h.rooms(),
                    h.systems(),
                    Optional.empty(),
                    some,
                    h.displays(),
                    h.displayComponents(),
                    h.videoConference(),
                    h.functionalDevices())));
    assertThat(f.messageZh()).isEqualTo("未记录网络带宽（应至少200M）；缺少通信硬件：堡垒机、网闸");
  }

  @ParameterizedTest(name = "{0}\" {1}×{2} → {3}")
  @CsvSource({
    "69.9, 1920, 1080, NONCONFORMS",
    "70, 1920, 1080, CONFORMS",
    "70.0, 1920, 1080, CONFORMS",
    "86, 1280, 720, NONCONFORMS",
    "86, 1919, 1080, NONCONFORMS",
    "86, 1920, 1079, NONCONFORMS",
    "86, 1080, 1920, CONFORMS",
    "98, 3840, 2160, CONFORMS"
  })
  @Implements("8.1.3")
  @DisplayName("8.1.3 显示系统尺寸应不小于70英寸，物理分辨率达到1920×1080")
  void display_boundary(String inches, int width, int height, Verdict expected) {
    CenterProfile c =
        withDisplays(
            List.of(new Display("主屏", new BigDecimal(inches), new Resolution(width, height))));
    assertThat(verdict("8.1.3", c)).isEqualTo(expected);
  }

  @Test
  @Implements("8.1.3")
  @DisplayName(
      "8.1.3 size and resolution must meet on the same screen; the message lists the screens")
  void size_and_resolution_on_one_screen() {
    CenterProfile c =
        withDisplays(
            List.of(
                new Display("大屏", new BigDecimal("98"), new Resolution(1280, 720)),
                new Display("会商屏", new BigDecimal("65"), new Resolution(3840, 2160))));
    Finding f = check("8.1.3", c);
    assertThat(f.verdict()).isEqualTo(Verdict.NONCONFORMS);
    assertThat(f.messageZh()).contains("大屏 98\" 1280×720", "会商屏 65\" 3840×2160");
    Hardware h = full();
    EnumSet<DisplayComponent> parts = EnumSet.allOf(DisplayComponent.class);
    parts.remove(DisplayComponent.WALL_CONTROLLER);
    Finding noController =
        check(
            "8.1.3",
            with(
                new Hardware(
                    h.rooms(),
                    h.systems(),
                    h.bandwidthMbps(),
                    h.networkEquipment(),
                    h.displays(),
                    parts,
                    h.videoConference(),
                    h.functionalDevices())));
    assertThat(noController.messageZh()).isEqualTo("缺少显示系统组件：大屏控制器");
  }

  @ParameterizedTest(name = "{0}p → {1}")
  @CsvSource({"720, NONCONFORMS", "1079, NONCONFORMS", "1080, CONFORMS", "2160, CONFORMS"})
  @Implements("8.1.4")
  @DisplayName("8.1.4 视频会议系统应至少具备1080P大屏高清传输能力")
  void video_conference_boundary(int lines, Verdict expected) {
    Hardware h = full();
    CenterProfile c =
        with(
            new Hardware(
                h.rooms(),
                h.systems(),
                h.bandwidthMbps(),
                h.networkEquipment(),
                h.displays(),
                h.displayComponents(),
                Optional.of(
                    new VideoConference(lines, EnumSet.allOf(VideoConferenceComponent.class))),
                h.functionalDevices()));
    assertThat(verdict("8.1.4", c)).isEqualTo(expected);
  }

  @Test
  @Implements("8.1.4")
  @DisplayName("8.1.4 no video-conference system at all is a non-conformity")
  void no_video_conference() {
    Hardware h = full();
    CenterProfile c =
        with(
            new Hardware(
                h.rooms(),
                h.systems(),
                h.bandwidthMbps(),
                h.networkEquipment(),
                h.displays(),
                h.displayComponents(),
                Optional.empty(),
                h.functionalDevices()));
    assertThat(check("8.1.4", c).messageZh()).isEqualTo("没有视频会议系统");
  }

  @Test
  @Implements("8.1.5")
  @DisplayName("8.1.5 配备自助办理设备、庭审记录仪、证据展示设备等职能设备")
  void functional_devices() {
    assertThat(verdict("8.1.5", tier1Conformant())).isEqualTo(Verdict.CONFORMS);
    Hardware h = full();
    Finding f =
        check(
            "8.1.5",
            with(
                new Hardware(
                    h.rooms(),
                    h.systems(),
                    h.bandwidthMbps(),
                    h.networkEquipment(),
                    h.displays(),
                    h.displayComponents(),
                    h.videoConference(),
                    EnumSet.of(FunctionalDevice.SELF_SERVICE_TERMINAL))));
    assertThat(f.messageZh()).isEqualTo("缺少职能设备：庭审记录仪、证据展示设备");
  }
}
