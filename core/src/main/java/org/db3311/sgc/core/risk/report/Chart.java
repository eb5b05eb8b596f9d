package org.db3311.sgc.core.risk.report;

import java.util.List;
import java.util.Objects;

/** The data of a figure; the server renders it. */
public record Chart(String title, Type type, List<Series> series) {

  public enum Type {
    BAR,
    LINE,
    PIE
  }

  /** One named series of labelled values. */
  public record Series(String name, List<Point> points) {
    public Series {
      Objects.requireNonNull(name, "name");
      points = List.copyOf(points);
    }
  }

  public record Point(String label, double value) {
    public Point {
      Objects.requireNonNull(label, "label");
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("a chart value is a number");
      }
    }
  }

  public Chart {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a chart has a title");
    }
    Objects.requireNonNull(type, "type");
    series = List.copyOf(series);
  }
}
