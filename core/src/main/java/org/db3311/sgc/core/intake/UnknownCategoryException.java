package org.db3311.sgc.core.intake;

/** A registration names a category the configured taxonomy does not have (422, not 404). */
public final class UnknownCategoryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String code;

  public UnknownCategoryException(String code) {
    super("no category '" + code + "' in the taxonomy");
    this.code = code;
  }

  public String code() {
    return code;
  }
}
