package org.db3311.sgc.core.archive;

/** Exported archive bytes that cannot be read back as a sealed file: damage or tampering. */
public final class MalformedArchiveException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public MalformedArchiveException(String message) {
    super(message);
  }
}
