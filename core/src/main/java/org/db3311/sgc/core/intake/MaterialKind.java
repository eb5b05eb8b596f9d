package org.db3311.sgc.core.intake;

import java.util.regex.Pattern;

/** A kind of intake material (受理材料), e.g. the identity card. Kinds are configuration. */
public record MaterialKind(String code, String nameZh) {

  // declared before the constants below, which need it while the class initialises
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,63}");

  /** 本人身份证. */
  public static final MaterialKind ID_CARD = new MaterialKind("id_card", "本人身份证");

  /** 申请或投诉等反映材料. */
  public static final MaterialKind APPLICATION = new MaterialKind("application", "申请或投诉等反映材料");

  /** 相关登记表等其他材料. */
  public static final MaterialKind REGISTRATION_FORM =
      new MaterialKind("registration_form", "相关登记表等其他材料");

  /**
   * 来源记录: the record a platform transfers a matter with (its reference, what the person reported
   * and when). It stands in for what a visitor hands in at the window.
   */
  public static final MaterialKind SOURCE_RECORD = new MaterialKind("source_record", "转入平台来源记录");

  public MaterialKind {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a material kind code is lower_case, not '" + code + "'");
    }
    if (nameZh == null || nameZh.isBlank()) {
      throw new IllegalArgumentException("material kind " + code + " needs a name");
    }
  }

  @Override
  public String toString() {
    return code;
  }
}
