package org.db3311.sgc.core.assessment.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.assessment.finding.Fact;
import org.db3311.sgc.core.assessment.finding.Finding;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Hardware;
import org.db3311.sgc.core.assessment.profile.NetworkEquipment;
import org.db3311.sgc.core.catalog.Implements;

/** 8.1.2 — a network of at least 200 Mbps and the nine kinds of communications hardware. */
@Implements("8.1.2")
final class NetworkRule extends ClauseRule {

  static final BigDecimal MINIMUM_MBPS = new BigDecimal("200");
  private static final List<NetworkEquipment> REQUIRED = List.of(NetworkEquipment.values());

  @Override
  Finding evaluate(CenterProfile center, LocalDate assessedOn) {
    Hardware hw = center.hardware();
    Gaps gaps = new Gaps();
    if (hw.bandwidthMbps().isEmpty()) {
      gaps.add("未记录网络带宽（应至少200M）", "network bandwidth not recorded (at least 200 Mbps needed)");
    } else if (hw.bandwidthMbps().get().compareTo(MINIMUM_MBPS) < 0) {
      String b = hw.bandwidthMbps().get().toPlainString();
      gaps.add("网络带宽" + b + "M，低于200M", "network bandwidth " + b + " Mbps is below 200 Mbps");
    }
    gaps.missing(
        "通信硬件", "communications hardware", Gaps.missingFrom(REQUIRED, hw.networkEquipment()));
    return verdict(
        List.of(
            Fact.of(
                "bandwidthMbps", hw.bandwidthMbps().map(BigDecimal::toPlainString).orElse("none")),
            Fact.of("networkEquipment", hw.networkEquipment())),
        gaps,
        "网络带宽不低于200M，通信硬件齐全",
        "bandwidth of at least 200 Mbps and all communications hardware");
  }
}
