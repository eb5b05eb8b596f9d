package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.db3311.sgc.server.risk.RiskReportView.ChartView;
import org.db3311.sgc.server.risk.RiskReportView.PointView;
import org.db3311.sgc.server.risk.RiskReportView.SeriesView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

@DisplayName("Report charts: SVG drawn from the figures, and the same figures as a table")
class ReportChartsTest {

  static final ChartView TREND =
      new ChartView(
          "本周与上周 <对比> & 趋势",
          "LINE",
          List.of(
              new SeriesView("本周", List.of(new PointView("邻里纠纷", 3), new PointView("劳资纠纷", 1.5))),
              new SeriesView("上周", List.of(new PointView("邻里纠纷", 2)))));

  static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void every_kind_of_chart_is_well_formed_svg_with_its_title_escaped() throws Exception {
    for (String type : List.of("BAR", "LINE", "PIE")) {
      ChartView c = new ChartView(TREND.title(), type, TREND.series());
      Document d = parse(ReportCharts.svg("chart-1-1", c));
      assertThat(d.getDocumentElement().getAttribute("role")).isEqualTo("img");
      assertThat(d.getElementsByTagName("title").item(0).getTextContent())
          .startsWith("本周与上周 <对比> & 趋势");
      String drawn = type.equals("BAR") ? "rect" : type.equals("LINE") ? "polyline" : "path";
      assertThat(d.getElementsByTagName(drawn).getLength()).as(type).isPositive();
    }
  }

  @Test
  void a_negative_figure_hangs_below_the_zero_line_and_no_length_is_negative() throws Exception {
    ChartView change =
        new ChartView(
            "环比变化",
            "BAR",
            List.of(
                new SeriesView(
                    "变化", List.of(new PointView("邻里纠纷", 4), new PointView("劳资纠纷", -3)))));
    Document d = parse(ReportCharts.svg("chart-neg", change));
    var rects = d.getElementsByTagName("rect");
    var lines = d.getElementsByTagName("line");
    double zero =
        Double.parseDouble(
            ((org.w3c.dom.Element) lines.item(lines.getLength() - 1)).getAttribute("y1"));
    int bars = 0;
    for (int i = 0; i < rects.getLength(); i++) {
      var r = (org.w3c.dom.Element) rects.item(i);
      // the background and the legend's swatches are not bars
      if (r.getAttribute("x").equals("0") || r.getAttribute("width").equals("12")) {
        continue;
      }
      double y = Double.parseDouble(r.getAttribute("y"));
      double h = Double.parseDouble(r.getAttribute("height"));
      assertThat(h).as("height of bar %d", i).isNotNegative();
      bars++;
      if (Math.abs(y - zero) < 1.0) {
        assertThat(h).as("a bar starting at the zero line hangs below it").isPositive();
      } else {
        assertThat(y + h).as("a bar above the zero line ends on it").isCloseTo(zero, within(1.0));
      }
    }
    assertThat(bars).isGreaterThanOrEqualTo(2);
  }

  @Test
  void the_table_holds_every_label_and_series_with_a_dash_where_a_series_has_no_value() {
    ReportViews.Table t = ReportCharts.table(TREND);
    assertThat(t.columns()).containsExactly("项目", "本周", "上周");
    assertThat(t.rows()).containsExactly(List.of("邻里纠纷", "3", "2"), List.of("劳资纠纷", "1.50", "—"));
  }

  @Test
  void a_chart_without_figures_says_so_instead_of_drawing_nothing() throws Exception {
    for (String type : List.of("BAR", "PIE")) {
      Document d = parse(ReportCharts.svg("c", new ChartView("空", type, List.of())));
      assertThat(d.getDocumentElement().getTextContent()).contains("无数据");
    }
    Document zero =
        parse(
            ReportCharts.svg(
                "c",
                new ChartView(
                    "构成", "PIE", List.of(new SeriesView("s", List.of(new PointView("a", 0)))))));
    assertThat(zero.getDocumentElement().getTextContent()).contains("合计 0");
  }

  @Test
  void the_value_axis_ends_on_a_round_number_at_or_above_the_largest_value() {
    assertThat(ReportCharts.niceTop(0)).isEqualTo(1);
    assertThat(ReportCharts.niceTop(3)).isEqualTo(5);
    assertThat(ReportCharts.niceTop(17)).isEqualTo(20);
    assertThat(ReportCharts.niceTop(100)).isEqualTo(100);
    assertThat(ReportCharts.niceTop(101)).isEqualTo(200);
  }
}
