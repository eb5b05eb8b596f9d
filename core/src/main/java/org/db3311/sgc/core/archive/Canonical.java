package org.db3311.sgc.core.archive;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The archive's canonical byte form: every value length-prefixed, strings strict UTF-8, so that two
 * different contents never encode alike and hashing is reproducible on any platform. The same form
 * is the export format, which lets verification run over exported bytes.
 */
public final class Canonical {

  private Canonical() {}

  /** Appends values in canonical form. */
  public static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public Writer tag(String tag) {
      return string(tag);
    }

    public Writer string(String s) {
      return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public Writer bytes(byte[] b) {
      integer(b.length);
      out.write(b, 0, b.length);
      return this;
    }

    public Writer raw(byte[] b) {
      out.write(b, 0, b.length);
      return this;
    }

    public Writer integer(int v) {
      out.write(v >>> 24);
      out.write(v >>> 16);
      out.write(v >>> 8);
      out.write(v);
      return this;
    }

    public Writer longValue(long v) {
      integer((int) (v >>> 32));
      return integer((int) v);
    }

    public Writer instant(Instant t) {
      longValue(t.getEpochSecond());
      return integer(t.getNano());
    }

    public Writer date(LocalDate d) {
      return longValue(d.toEpochDay());
    }

    public byte[] toBytes() {
      return out.toByteArray();
    }
  }

  /** Reads values back, failing on anything that is not exactly what a writer produced. */
  static final class Reader {
    private final ByteBuffer in;

    Reader(byte[] data) {
      this.in = ByteBuffer.wrap(data);
    }

    void expectTag(String tag) {
      String found = string();
      if (!found.equals(tag)) {
        throw new MalformedArchiveException(
            "expected section '" + tag + "', found '" + found + "'");
      }
    }

    String string() {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes()))
            .toString();
      } catch (CharacterCodingException e) {
        throw new MalformedArchiveException("a text value is not valid UTF-8 at " + in.position());
      }
    }

    byte[] bytes() {
      int n = integer();
      if (n < 0 || n > in.remaining()) {
        throw new MalformedArchiveException("a length of " + n + " runs past the end");
      }
      byte[] b = new byte[n];
      in.get(b);
      return b;
    }

    byte[] raw(int n) {
      need(n);
      byte[] b = new byte[n];
      in.get(b);
      return b;
    }

    int integer() {
      need(4);
      return in.getInt();
    }

    long longValue() {
      need(8);
      return in.getLong();
    }

    Instant instant() {
      long seconds = longValue();
      int nanos = integer();
      if (nanos < 0 || nanos > 999_999_999) {
        throw new MalformedArchiveException("nanoseconds out of range: " + nanos);
      }
      try {
        return Instant.ofEpochSecond(seconds, nanos);
      } catch (java.time.DateTimeException e) {
        throw new MalformedArchiveException("an instant out of range");
      }
    }

    LocalDate date() {
      try {
        return LocalDate.ofEpochDay(longValue());
      } catch (java.time.DateTimeException e) {
        throw new MalformedArchiveException("a date out of range");
      }
    }

    void expectEnd() {
      if (in.hasRemaining()) {
        throw new MalformedArchiveException(in.remaining() + " bytes after the end of the file");
      }
    }

    private void need(int n) {
      if (in.remaining() < n) {
        throw new MalformedArchiveException("truncated at byte " + in.position());
      }
    }
  }
}
