package org.db3311.sgc.adapter.gateway;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/** Plain properties as the gateways read them: {@code java.util.Properties} or a map. */
final class GatewayProperties {

  /** The prefix of every gateway property. */
  static final String ROOT = "sgc.gateway.";

  private GatewayProperties() {}

  static Map<String, String> of(Properties p) {
    Map<String, String> m = new TreeMap<>();
    for (String k : new TreeSet<>(p.stringPropertyNames())) {
      m.put(k, p.getProperty(k));
    }
    return m;
  }

  /**
   * The next segment of every key under {@code prefix} (e.g. the county codes under {@code
   * sgc.gateway.county-center.}).
   */
  static TreeSet<String> children(Map<String, String> p, String prefix) {
    TreeSet<String> out = new TreeSet<>();
    for (String k : p.keySet()) {
      if (k.startsWith(prefix)) {
        String rest = k.substring(prefix.length());
        int dot = rest.indexOf('.');
        out.add(dot < 0 ? rest : rest.substring(0, dot));
      }
    }
    return out;
  }
}
