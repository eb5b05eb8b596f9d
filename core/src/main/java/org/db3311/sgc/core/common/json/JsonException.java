package org.db3311.sgc.core.common.json;

/** The text is not valid JSON, or not of the expected shape. */
public final class JsonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public JsonException(String message) {
    super(message);
  }
}
