package org.db3311.sgc.server.intake;

import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.SupplementItem;
import org.db3311.sgc.core.intake.SupplementNotice;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.wiring.Wiring;

/**
 * The printable documents of intake, as self-contained HTML pages a window prints: the one-time
 * supplement notice (补正材料一次性告知书, 6.1.1.1: "应一次告知申请人需要补正的全部内容") and the registration receipt (登记回执).
 * Every value is escaped.
 */
public final class Printables {
  private Printables() {}

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  public static String notice(MatterSnapshot s, Integer n) {
    return notice(s, n, null);
  }

  /** The notice, with the follow code of the public page when given. */
  public static String notice(MatterSnapshot s, Integer n, String followCode) {
    List<SupplementNotice> notices = s.notices();
    if (notices.isEmpty()) {
      throw new Problem.Exception(
          new Problem(
              URI.create("urn:db3311:problem:no-notice"),
              "No supplement notice",
              404,
              "Matter " + s.number() + " has no supplement notice.",
              List.of()));
    }
    SupplementNotice notice =
        n == null
            ? notices.getLast()
            : notices.stream()
                .filter(x -> x.number() == n)
                .findFirst()
                .orElseThrow(
                    () ->
                        new Problem.Exception(
                            new Problem(
                                URI.create("urn:db3311:problem:no-notice"),
                                "No such supplement notice",
                                404,
                                "Matter " + s.number() + " has no notice numbered " + n + ".",
                                List.of())));
    StringBuilder items = new StringBuilder();
    int i = 1;
    for (SupplementItem item : notice.items()) {
      items
          .append("<tr><td>")
          .append(i++)
          .append("</td><td>")
          .append(esc(item.kind().nameZh()))
          .append("</td><td>")
          .append(item.problem() == SupplementItem.Problem.MISSING ? "缺少" : "不符合要求")
          .append("</td><td>")
          .append(esc(item.reason()))
          .append("</td></tr>\n");
    }
    return page(
        "补正材料一次性告知书",
        "<p>登记编号：<strong>"
            + esc(s.number().toString())
            + "</strong>（第 "
            + notice.number()
            + " 份告知书）</p>\n<p>申请人："
            + esc(applicants(s))
            + "</p>\n<p>您提交的申请材料尚需补正以下全部内容：</p>\n"
            + "<table><thead><tr><th>序号</th><th>材料</th><th>问题</th><th>说明</th></tr></thead>"
            + "<tbody>\n"
            + items
            + "</tbody></table>\n<p>告知时间："
            + esc(WHEN.format(ZonedDateTime.ofInstant(notice.issuedAt(), Wiring.ZONE)))
            + "</p>"
            + follow(followCode));
  }

  public static String receipt(MatterSnapshot s) {
    return receipt(s, null);
  }

  /** The receipt, with the follow code of the public page when given. */
  public static String receipt(MatterSnapshot s, String followCode) {
    var r = s.registration();
    return page(
        "登记回执",
        "<p>登记编号：<strong>"
            + esc(s.number().toString())
            + "</strong></p>\n<p>申请人："
            + esc(applicants(s))
            + "</p>\n<p>事项类别："
            + esc(r.categoryCode())
            + "</p>\n<p>发生地点："
            + esc(r.place().township().map(t -> t + " ").orElse("") + r.place().address())
            + "</p>\n<p>登记时间："
            + esc(WHEN.format(ZonedDateTime.ofInstant(s.registeredAt(), Wiring.ZONE)))
            + "</p>\n<p>当前状态："
            + esc(s.state().name())
            + "</p>"
            + follow(followCode));
  }

  /** Where and with what the applicant follows the matter without an account. */
  private static String follow(String code) {
    if (code == null) {
      return "";
    }
    return "\n<p>查询码：<strong id=\"follow-code\">"
        + esc(code)
        + "</strong>（凭登记编号和查询码，可在 /public/matters 查询办理进度；请妥善保管）</p>";
  }

  private static String applicants(MatterSnapshot s) {
    return String.join(
        "、", s.registration().applicants().stream().map(p -> p.party().name()).toList());
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>"
        + esc(title)
        + "</title><style>body{font-family:serif;max-width:40em;margin:2em auto}"
        + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:.3em}"
        + "</style></head><body>\n<h1>"
        + esc(title)
        + "</h1>\n"
        + body
        + "\n</body></html>\n";
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
