package io.sprecher.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a job's time grows with its input: the time per article at each size, their spread, and the
 * least-squares line through the points (a fixed cost per run plus a cost per article), with the
 * largest deviation of a point from that line. A constant time per article means no fixed cost; a
 * small deviation from the line means the cost grows linearly even where the fixed cost makes small
 * runs dearer per article.
 */
public final class Linearity {

  /** One size: its article count and the time of the run that stands for it. */
  public record Point(int articles, long millis) {
    public Point {
      if (articles < 1) {
        throw new IllegalArgumentException("a point needs at least one article: " + articles);
      }
    }

    public double millisPerArticle() {
      return (double) millis / articles;
    }
  }

  /**
   * The line time = fixed + perArticle * articles.
   *
   * @param fixedMillis the run's fixed cost (the line at zero articles)
   * @param millisPerArticle the cost of one more article
   * @param largestDeviation the largest |measured - line| / measured over the points
   */
  public record Fit(double fixedMillis, double millisPerArticle, double largestDeviation) {}

  private Linearity() {}

  /** The median of the runs by time; for an even number, the faster of the two middle ones. */
  public static <T> T median(List<T> runs, Comparator<T> byTime) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs");
    }
    List<T> sorted = new ArrayList<>(runs);
    sorted.sort(byTime);
    return sorted.get((sorted.size() - 1) / 2);
  }

  /** Slowest time per article over fastest, minus one (0.10: the dearest is 10 % dearer). */
  public static double spread(List<Point> points) {
    double max = points.stream().mapToDouble(Point::millisPerArticle).max().orElseThrow();
    double min = points.stream().mapToDouble(Point::millisPerArticle).min().orElseThrow();
    return max / min - 1;
  }

  /** The least-squares line through the points; needs two different sizes. */
  public static Fit fit(List<Point> points) {
    int n = points.size();
    double meanX = points.stream().mapToDouble(Point::articles).average().orElseThrow();
    double meanY = points.stream().mapToDouble(Point::millis).average().orElseThrow();
    double sxx = 0;
    double sxy = 0;
    for (Point p : points) {
      sxx += (p.articles() - meanX) * (p.articles() - meanX);
      sxy += (p.articles() - meanX) * (p.millis() - meanY);
    }
    if (n < 2 || sxx == 0) {
      throw new IllegalArgumentException("a line needs at least two different sizes: " + points);
    }
    double slope = sxy / sxx;
    double intercept = meanY - slope * meanX;
    double largest = 0;
    for (Point p : points) {
      double line = intercept + slope * p.articles();
      largest = Math.max(largest, Math.abs(p.millis() - line) / p.millis());
    }
    return new Fit(intercept, slope, largest);
  }
}
