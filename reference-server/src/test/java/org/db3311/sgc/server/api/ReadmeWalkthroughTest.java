package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's walkthrough verbatim (only the address changed to this test's server): what a
 * newcomer types must work.
 */
@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/readme-walkthrough")
@AddConfig(key = "sgc.counties", value = "331102,331121")
@DisplayName("README: from bin/run to a registered, reviewed, supervised matter with curl")
class ReadmeWalkthroughTest {

  @Inject WebTarget target;

  @Test
  void the_readme_commands_work_as_written() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- walkthrough:start -->");
    int end = readme.indexOf("<!-- walkthrough:end -->");
    assertThat(start).as("the README marks its walkthrough").isPositive();
    String block = readme.substring(start, end);
    String script =
        block
            .substring(block.indexOf("```bash") + "```bash".length(), block.lastIndexOf("```"))
            .replace("http://localhost:8080", target.getUri().toString().replaceAll("/$", ""));
    Process p =
        new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).containsPattern("registered 331102-\\d{8}-\\d{4}");
    assertThat(out).contains("\"outcome\":\"SUPPLEMENT_REQUESTED\"");
    assertThat(out).contains("notice printed to");
    assertThat(out).contains("\"awaitingApplicant\":[{");
    String number = out.replaceAll("(?s).*registered (331102-\\d{8}-\\d{4}).*", "$1");
    Path notice = Path.of(System.getProperty("java.io.tmpdir"), "notice-" + number + ".html");
    String html = Files.readString(notice, StandardCharsets.UTF_8);
    assertThat(html).contains("补正材料一次性告知书").contains(number).contains("张三");
    Files.deleteIfExists(notice);
  }
}
