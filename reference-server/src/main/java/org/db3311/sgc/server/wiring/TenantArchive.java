package org.db3311.sgc.server.wiring;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.adapter.jpa.JpaSettings;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.archive.SealedFileCodec;
import org.db3311.sgc.core.archive.SealedRecord;
import org.db3311.sgc.core.common.DivisionCode;

/**
 * An inspection aid, in the inspection tenant only: changes one byte of a sealed file's stored
 * record, behind the archive's back, as damage or a forger would, so that the conformance kit can
 * see the deployment's verification (真实、完整, 7.3.2) find it over HTTP. The file's hashes and seal
 * are left as they were; nothing outside the tenant's schema is touched.
 */
public final class TenantArchive {

  /** What was changed. */
  public record Tampered(String fileId, int record, String detail) {}

  private final Centers centers;
  private final InspectionTenant tenant;

  public TenantArchive(Centers centers, InspectionTenant tenant) {
    this.centers = centers;
    this.tenant = tenant;
  }

  /**
   * Flips one bit of an ASCII byte in the first record content holding one, so the bytes still read
   * as a sealed file (and as UTF-8) but no longer match their hash; empty when the tenant has no
   * such file.
   *
   * @throws IllegalStateException when no record of the file has such a byte to change
   */
  public Optional<Tampered> tamper(String fileId) {
    if (!tenant.enabled()) {
      throw new IllegalStateException("the inspection tenant is off");
    }
    DivisionCode county = tenant.county();
    JpaSettings s = centers.of(county).orElseThrow().store().settings();
    String table = s.schema().orElseThrow() + ".archive_file";
    try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password().orElse(null))) {
      byte[] stored;
      try (PreparedStatement ps =
          c.prepareStatement("select content from " + table + " where file_id = ?")) {
        ps.setString(1, fileId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          stored = rs.getBytes(1);
        }
      }
      SealedFile file = SealedFileCodec.decode(stored);
      List<SealedRecord> records = file.records();
      for (int i = 0; i < records.size(); i++) {
        byte[] content = records.get(i).record().content();
        int at = indexOf(stored, content);
        int ascii = firstLetterOrDigit(content);
        if (at < 0 || ascii < 0) {
          continue;
        }
        byte[] changed = stored.clone();
        changed[at + ascii] ^= 0x01;
        if (!readable(changed)) {
          continue;
        }
        try (PreparedStatement ps =
            c.prepareStatement("update " + table + " set content = ? where file_id = ?")) {
          ps.setBytes(1, changed);
          ps.setString(2, fileId);
          ps.executeUpdate();
        }
        if (!c.getAutoCommit()) {
          c.commit();
        }
        String was = new String(new byte[] {content[ascii]}, StandardCharsets.US_ASCII);
        String now =
            new String(new byte[] {(byte) (content[ascii] ^ 0x01)}, StandardCharsets.US_ASCII);
        return Optional.of(
            new Tampered(
                fileId,
                i + 1,
                "record "
                    + (i + 1)
                    + ": byte "
                    + (ascii + 1)
                    + " of its content, '"
                    + was
                    + "' to '"
                    + now
                    + "'"));
      }
      throw new IllegalStateException(
          "file " + fileId + " has no record content with a letter or digit to change");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the inspection tenant's archive", e);
    }
  }

  private static boolean readable(byte[] bytes) {
    try {
      SealedFileCodec.decode(bytes); // MalformedArchiveException is an IllegalArgumentException
      return true;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static int firstLetterOrDigit(byte[] content) {
    for (int i = 0; i < content.length; i++) {
      int b = content[i];
      if ((b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    if (needle.length == 0) {
      return -1;
    }
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
