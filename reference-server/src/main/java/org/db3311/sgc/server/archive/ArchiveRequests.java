package org.db3311.sgc.server.archive;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.core.archive.ArchiveRecord;
import org.db3311.sgc.core.archive.FileHeader;
import org.db3311.sgc.core.archive.RecordType;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.server.http.Requests;

/** The request bodies of the archive endpoints, and their conversion into the core's values. */
public final class ArchiveRequests {
  private ArchiveRequests() {}

  /** {@code POST /api/v1/archive/files}: a closed matter's file, header and records. */
  public record ArchiveRequest(HeaderRequest header, List<RecordRequest> records) {}

  /**
   * What identifies the file and where it is filed: the handling unit answers for it (谁承办谁负责) and
   * the closing day's year is its filing year.
   */
  public record HeaderRequest(
      String fileId, String title, String category, String handlingUnit, String closedOn) {}

  /**
   * One record: its type, title, when it was made and by whom (the archivist when absent), its
   * metadata, and its content as text or, for bytes, as {@code contentBase64}.
   */
  public record RecordRequest(
      String type,
      String title,
      String createdAt,
      PersonRequest author,
      Map<String, String> metadata,
      String content,
      String contentBase64) {}

  public record PersonRequest(String id, String name) {}

  /** {@code POST /api/v1/archive/filings}: the year to file (7.3.3). */
  public record FilingRequest(Integer year) {}

  static FileHeader header(Requests.Errors errors, HeaderRequest h) {
    if (h == null) {
      errors.add("header", "required");
      return null;
    }
    String fileId = errors.text("header.fileId", h.fileId());
    String title = errors.text("header.title", h.title());
    String category = errors.text("header.category", h.category());
    UnitId unit =
        h.handlingUnit() == null
            ? null
            : errors.attempt("header.handlingUnit", () -> UnitId.of(h.handlingUnit()));
    if (h.handlingUnit() == null) {
      errors.add("header.handlingUnit", "required: the unit that handled the matter");
    }
    LocalDate closedOn = errors.date("header.closedOn", h.closedOn());
    if (fileId == null || title == null || category == null || unit == null || closedOn == null) {
      return null;
    }
    return errors.attempt("header", () -> new FileHeader(fileId, title, category, unit, closedOn));
  }

  static List<ArchiveRecord> records(
      Requests.Errors errors, List<RecordRequest> given, Actor archivist) {
    List<ArchiveRecord> out = new ArrayList<>();
    if (given == null || given.isEmpty()) {
      errors.add("records", "required: the file's records");
      return out;
    }
    for (int i = 0; i < given.size(); i++) {
      String at = "records[" + i + "]";
      RecordRequest r = given.get(i);
      if (r == null) {
        errors.add(at, "a record is an object");
        continue;
      }
      RecordType type = errors.enumValue(at + ".type", r.type(), RecordType.class);
      String title = errors.text(at + ".title", r.title());
      Instant createdAt = errors.instant(at + ".createdAt", r.createdAt());
      Actor author =
          r.author() == null
              ? archivist
              : errors.attempt(at + ".author", () -> new Actor(r.author().id(), r.author().name()));
      byte[] content = content(errors, at, r);
      if (type == null || title == null || createdAt == null || author == null || content == null) {
        continue;
      }
      ArchiveRecord record =
          errors.attempt(
              at,
              () ->
                  new ArchiveRecord(
                      type,
                      title,
                      createdAt,
                      author,
                      new TreeMap<>(r.metadata() == null ? Map.of() : r.metadata()),
                      content));
      if (record != null) {
        out.add(record);
      }
    }
    return out;
  }

  private static byte[] content(Requests.Errors errors, String at, RecordRequest r) {
    if (r.content() != null && r.contentBase64() != null) {
      errors.add(at + ".content", "either content or contentBase64, not both");
      return null;
    }
    if (r.contentBase64() != null) {
      try {
        return Base64.getDecoder().decode(r.contentBase64().strip());
      } catch (IllegalArgumentException e) {
        errors.add(at + ".contentBase64", "not Base64");
        return null;
      }
    }
    return r.content() == null ? new byte[0] : r.content().getBytes(StandardCharsets.UTF_8);
  }
}
