package org.db3311.sgc.server.console;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.db3311.sgc.server.risk.RiskReportView.ChartView;
import org.db3311.sgc.server.risk.RiskReportView.PointView;
import org.db3311.sgc.server.risk.RiskReportView.SeriesView;

/**
 * Draws a report's chart as SVG on the server, from its figures alone, so the page, its print and
 * the PDF show the same drawing without script; the figures also go into a table beside it, since a
 * drawing says nothing to assistive technology.
 */
final class ReportCharts {
  private ReportCharts() {}

  static final int WIDTH = 640;
  static final int HEIGHT = 300;
  private static final int LEFT = 48;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 72;

  /** Colours with at least 4.5:1 against white, told apart by the legend's text as well. */
  private static final String[] COLOURS = {
    "#1f4e79", "#a0430a", "#3b6324", "#6a2c91", "#7a5c00", "#005f73"
  };

  static ReportViews.Chart of(String id, ChartView c) {
    return new ReportViews.Chart(id, c.title(), svg(id, c), table(c));
  }

  /** The chart's figures: one row per label, one column per series. */
  static ReportViews.Table table(ChartView c) {
    List<String> labels = labels(c);
    List<String> columns = new ArrayList<>();
    columns.add("项目");
    c.series().forEach(s -> columns.add(s.name()));
    List<List<String>> rows = new ArrayList<>();
    for (String label : labels) {
      List<String> row = new ArrayList<>();
      row.add(label);
      for (SeriesView s : c.series()) {
        row.add(
            s.points().stream()
                .filter(p -> p.label().equals(label))
                .findFirst()
                .map(p -> number(p.value()))
                .orElse("—"));
      }
      rows.add(row);
    }
    return new ReportViews.Table(c.title() + "（数据表）", columns, rows);
  }

  static String svg(String id, ChartView c) {
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
        .append(esc(id))
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(esc(id))
        .append("-title\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" font-family=\"cjk, sans-serif\" font-size=\"12\">")
        .append("<title id=\"")
        .append(esc(id))
        .append("-title\">")
        .append(esc(c.title()))
        .append("（图，数据见下表）</title>")
        .append("<rect x=\"0\" y=\"0\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" fill=\"#ffffff\"/>");
    List<String> labels = labels(c);
    if (labels.isEmpty()) {
      s.append("<text x=\"20\" y=\"40\" fill=\"#222222\">无数据</text>");
    } else {
      switch (c.type()) {
        case "PIE" -> pie(s, c.series().getFirst());
        case "LINE" -> axes(s, c, labels, true);
        default -> axes(s, c, labels, false);
      }
    }
    return s.append("</svg>").toString();
  }

  private static void axes(StringBuilder s, ChartView c, List<String> labels, boolean line) {
    double max = 0;
    double min = 0;
    for (SeriesView series : c.series()) {
      for (PointView p : series.points()) {
        max = Math.max(max, p.value());
        min = Math.min(min, p.value());
      }
    }
    // a change (环比) may be negative: the axis then runs below zero and bars hang from the zero line
    double top = max > 0 || min == 0 ? niceTop(max) : 0;
    double bottom = min < 0 ? -niceTop(-min) : 0;
    double span = top - bottom;
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    double zeroY = TOP + plotH * (top / span);
    int baseY = TOP + plotH;
    for (int i = 0; i <= 4; i++) {
      double v = bottom + span * i / 4;
      double y = zeroY - plotH * (v / span);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d0d0d0\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#222222\">%s</text>",
              LEFT,
              y,
              WIDTH - RIGHT,
              y,
              LEFT - 6,
              y + 4,
              number(v)));
    }
    double band = (double) plotW / labels.size();
    for (int i = 0; i < labels.size(); i++) {
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#222222\">%s</text>",
              LEFT + band * (i + 0.5),
              baseY + 16,
              esc(shorten(labels.get(i), band))));
    }
    int n = Math.max(1, c.series().size());
    for (int k = 0; k < c.series().size(); k++) {
      SeriesView series = c.series().get(k);
      String colour = COLOURS[k % COLOURS.length];
      List<String> points = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        String label = labels.get(i);
        var p = series.points().stream().filter(q -> q.label().equals(label)).findFirst();
        if (p.isEmpty()) {
          continue;
        }
        double h = plotH * (p.get().value() / span);
        if (line) {
          double x = LEFT + band * (i + 0.5);
          points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, zeroY - h));
          s.append(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>",
                  x,
                  zeroY - h,
                  colour));
        } else {
          double w = band * 0.8 / n;
          double x = LEFT + band * i + band * 0.1 + w * k;
          s.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                  x,
                  h >= 0 ? zeroY - h : zeroY,
                  w,
                  Math.abs(h),
                  colour));
        }
      }
      if (line && points.size() > 1) {
        s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
            .append(colour)
            .append("\" points=\"")
            .append(String.join(" ", points))
            .append("\"/>");
      }
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#222222\"/>",
            LEFT,
            Math.round(zeroY),
            WIDTH - RIGHT,
            Math.round(zeroY)));
    legend(s, c.series().stream().map(SeriesView::name).toList(), HEIGHT - 24);
  }

  private static void pie(StringBuilder s, SeriesView series) {
    double total = series.points().stream().mapToDouble(p -> Math.max(0, p.value())).sum();
    double cx = 150;
    double cy = HEIGHT / 2.0;
    double r = 110;
    if (total <= 0) {
      s.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"#767676\"/>"
                  + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#222222\">合计 0"
                  + "</text>",
              cx,
              cy,
              r,
              cx,
              cy + 4));
      return;
    }
    double angle = -Math.PI / 2;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < series.points().size(); i++) {
      PointView p = series.points().get(i);
      double v = Math.max(0, p.value());
      String colour = COLOURS[i % COLOURS.length];
      names.add(p.label() + " " + number(p.value()));
      if (v == total) {
        s.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>",
                cx,
                cy,
                r,
                colour));
        continue;
      }
      double sweep = 2 * Math.PI * v / total;
      double x1 = cx + r * Math.cos(angle);
      double y1 = cy + r * Math.sin(angle);
      double x2 = cx + r * Math.cos(angle + sweep);
      double y2 = cy + r * Math.sin(angle + sweep);
      if (v > 0) {
        s.append(
            String.format(
                Locale.ROOT,
                "<path d=\"M%.1f,%.1f L%.1f,%.1f A%.1f,%.1f 0 %d 1 %.1f,%.1f Z\" fill=\"%s\""
                    + " stroke=\"#ffffff\"/>",
                cx,
                cy,
                x1,
                y1,
                r,
                r,
                sweep > Math.PI ? 1 : 0,
                x2,
                y2,
                colour));
      }
      angle += sweep;
    }
    for (int i = 0; i < names.size(); i++) {
      int y = 40 + i * 22;
      if (y > HEIGHT - 10) {
        break;
      }
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"300\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"318\" y=\"%d\" fill=\"#222222\">%s</text>",
              y - 10,
              COLOURS[i % COLOURS.length],
              y,
              esc(names.get(i))));
    }
  }

  private static void legend(StringBuilder s, List<String> names, int y) {
    int x = LEFT;
    for (int i = 0; i < names.size(); i++) {
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\" fill=\"#222222\">%s</text>",
              x,
              y - 10,
              COLOURS[i % COLOURS.length],
              x + 16,
              y,
              esc(names.get(i))));
      x += 24 + 13 * names.get(i).length();
    }
  }

  private static List<String> labels(ChartView c) {
    Set<String> labels = new LinkedHashSet<>();
    c.series().forEach(s -> s.points().forEach(p -> labels.add(p.label())));
    return List.copyOf(labels);
  }

  /** The top of the value axis: a round number at or above the largest value. */
  static double niceTop(double max) {
    if (max <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= max) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String shorten(String label, double band) {
    int room = Math.max(2, (int) (band / 12));
    return label.length() <= room ? label : label.substring(0, room - 1) + "…";
  }

  /** Escapes text for SVG, which the page and the PDF's XHTML both parse as XML. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (ch >= 0x20 || ch == '\t' || ch == '\n') {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }
}
