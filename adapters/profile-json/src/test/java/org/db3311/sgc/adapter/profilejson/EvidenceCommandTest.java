package org.db3311.sgc.adapter.profilejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.catalog.ClauseId;
import org.db3311.sgc.core.catalog.Implements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Implements({"R6", "R11"})
@DisplayName("bin/evidence hashes photo and scan files into attestation entries a profile accepts")
class EvidenceCommandTest {

  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return EvidenceCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("one entry per file with the file's SHA-256; the entries read back into a profile")
  void hashes_files_into_entries() throws Exception {
    byte[] photo = "not really a jpeg".getBytes(StandardCharsets.UTF_8);
    Path p = Files.write(dir.resolve("facade.jpg"), photo);
    Path s = Files.write(dir.resolve("scan.pdf"), new byte[] {1, 2, 3});
    int code =
        run(
            "--clause",
            "5.3.1",
            "--by",
            "督查组 王敏",
            "--on",
            "2026-11-20",
            "--valid-until",
            "2027-11-19",
            p.toString(),
            s.toString());
    assertThat(code).isZero();
    String json = out.toString(StandardCharsets.UTF_8);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
    assertThat(json)
        .contains("\"evidence\": \"sha256:" + expected + "\"")
        .contains("证据文件 scan.pdf");

    String profile =
        JsonCenterProfileCodec.example("tier2-conformant.json")
            .replaceFirst(
                "\"attestations\": \\[",
                "\"attestations\": [" + json.strip().substring(1, json.strip().length() - 1) + ",");
    CenterProfile parsed = new JsonCenterProfileCodec().parseOrThrow(profile);
    assertThat(parsed.attestations(ClauseId.of("5.3.1")))
        .anySatisfy(a -> assertThat(a.evidence().value()).isEqualTo("sha256:" + expected));
  }

  @Test
  @DisplayName("an unreadable file is reported and the others are still hashed; exit code 1")
  void one_bad_file_does_not_stop_the_others() throws Exception {
    Path p = Files.write(dir.resolve("ok.jpg"), new byte[] {42});
    int code =
        run(
            "--clause",
            "5.3.2",
            "--by",
            "督查组",
            "--on",
            "2026-11-20",
            dir.resolve("missing.jpg").toString(),
            p.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("cannot read")
        .contains("missing.jpg");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("sha256:").contains("ok.jpg");
  }

  @Test
  @DisplayName("a clause no rule takes attestations for is a usage error naming the list")
  void refuses_clauses_without_attestations() throws Exception {
    Path p = Files.write(dir.resolve("x.jpg"), new byte[] {1});
    assertThat(run("--clause", "5.1.1.2", "--by", "督查组", "--on", "2026-11-20", p.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("attestations are taken for 4.1.2");
    assertThat(run("--by", "督查组", p.toString())).isEqualTo(2);
  }
}
