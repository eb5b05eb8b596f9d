package org.db3311.sgc.core.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.db3311.sgc.core.risk.report.Table;

/** Tables comparing a span's counts with the span before (环比). */
final class Comparison {

  static final List<String> COLUMNS = List.of("本期", "上期", "增减", "增减率");

  private Comparison() {}

  static Table table(
      String title, String keyHeading, Map<String, Long> now, Map<String, Long> before) {
    Set<String> keys = new TreeSet<>(now.keySet());
    keys.addAll(before.keySet());
    List<String> ordered = new ArrayList<>(keys);
    ordered.sort(
        Comparator.comparing((String k) -> -now.getOrDefault(k, 0L)).thenComparing(k -> k));
    List<List<String>> rows = new ArrayList<>();
    for (String k : ordered) {
      rows.add(row(k, now.getOrDefault(k, 0L), before.getOrDefault(k, 0L)));
    }
    List<String> columns = new ArrayList<>();
    columns.add(keyHeading);
    columns.addAll(COLUMNS);
    return new Table(title, columns, rows);
  }

  static List<String> row(String key, long now, long before) {
    return List.of(
        key, Long.toString(now), Long.toString(before), signed(now - before), percent(now, before));
  }

  static String signed(long v) {
    return v > 0 ? "+" + v : Long.toString(v);
  }

  /** The change in percent, one decimal; "新增" when there was nothing before. */
  static String percent(long now, long before) {
    if (before == 0) {
      return now == 0 ? "—" : "新增";
    }
    double p = 100.0 * (now - before) / before;
    return String.format(Locale.ROOT, "%+.1f%%", p);
  }
}
