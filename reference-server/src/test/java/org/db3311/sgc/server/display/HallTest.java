package org.db3311.sgc.server.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.db3311.sgc.adapter.profilejson.JsonCenterProfileCodec;
import org.db3311.sgc.core.assessment.profile.Facility;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("5.3.5 功能区分布图，标注公共服务设施和窗口位置: the hall read from a center profile")
@Implements("5.3.5")
class HallTest {

  @Test
  void the_example_hall_has_six_windows_and_marks_public_facilities_only() {
    Hall hall = Hall.load(Optional.empty());
    assertThat(hall.source()).contains(Hall.EXAMPLE);
    assertThat(hall.windows()).hasSize(6);
    assertThat(hall.window("3")).get().extracting(w -> w.function()).isEqualTo("矛盾纠纷调解");
    assertThat(hall.window("7")).isEmpty();
    assertThat(hall.facilities())
        .contains(Facility.QUEUE_CALLING_SYSTEM, Facility.PUBLIC_TOILETS)
        .doesNotContain(Facility.PRINTERS, Facility.COMPUTERS);
  }

  @Test
  void a_deployment_names_its_own_profile_and_a_bad_one_fails_the_start(@TempDir Path dir)
      throws Exception {
    Path own = dir.resolve("hall.json");
    Files.writeString(own, JsonCenterProfileCodec.example("tier2-conformant.json"));
    Hall hall = Hall.load(Optional.of(own));
    assertThat(hall.source()).isEqualTo(own.toString());
    assertThat(hall.windows()).isNotEmpty();

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"windows\": 3}");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Hall.load(Optional.of(bad)))
        .withMessageContaining("sgc.display.hall-profile")
        .withMessageContaining("bad.json");
  }
}
