package org.db3311.sgc.core.assessment.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.db3311.sgc.core.assessment.profile.Term;

/** What a center lacks for one clause, collected in both languages as a rule finds it. */
final class Gaps {

  private final List<String> zh = new ArrayList<>(4);
  private final List<String> en = new ArrayList<>(4);

  void add(String zhText, String enText) {
    zh.add(zhText);
    en.add(enText);
  }

  /** Records a gap naming missing terms, e.g. "缺少功能：安检、等候". */
  void missing(String zhWhat, String enWhat, Collection<? extends Term> missing) {
    if (!missing.isEmpty()) {
      add("缺少" + zhWhat + "：" + zh(missing), "missing " + enWhat + ": " + en(missing));
    }
  }

  boolean isEmpty() {
    return zh.isEmpty();
  }

  String zh() {
    return String.join("；", zh);
  }

  String en() {
    return String.join("; ", en);
  }

  static String zh(Collection<? extends Term> terms) {
    StringBuilder b = new StringBuilder();
    for (Term t : terms) {
      if (!b.isEmpty()) {
        b.append('、');
      }
      b.append(t.zh());
    }
    return b.toString();
  }

  static String en(Collection<? extends Term> terms) {
    StringBuilder b = new StringBuilder();
    for (Term t : terms) {
      if (!b.isEmpty()) {
        b.append(", ");
      }
      b.append(t.en());
    }
    return b.toString();
  }

  /** The terms of {@code required} that are not in {@code present}, in declaration order. */
  static <E extends Enum<E>> List<E> missingFrom(List<E> required, Collection<E> present) {
    List<E> result = new ArrayList<>(required.size());
    for (E e : required) {
      if (!present.contains(e)) {
        result.add(e);
      }
    }
    return result;
  }
}
