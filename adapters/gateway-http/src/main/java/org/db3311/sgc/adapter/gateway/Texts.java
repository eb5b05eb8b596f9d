package org.db3311.sgc.adapter.gateway;

/** Argument checks shared by the gateways. */
final class Texts {

  private Texts() {}

  static String require(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(what);
    }
    return s;
  }
}
