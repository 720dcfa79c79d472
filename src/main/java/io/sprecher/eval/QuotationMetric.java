package io.sprecher.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metric of the German Wikinews quotation data (../shared/data/README.md). Per document, gold
 * and predicted quotations are paired by a maximum-weight one-to-one assignment on the Jaccard
 * overlap of their quote tokens (+0.01 for the same type, +0.001 for the same medium, when they
 * overlap). Each pair and each unpaired quotation is a unit, scored token by token per role;
 * precision and recall are averaged over units (a unit whose role is empty on the relevant side
 * does not count for that role), for the quote ("messages"), the other roles ("roles"), and all.
 */
public final class QuotationMetric {

  private static final int QUOTE = 0;
  private static final int ADDRESSEE = 1;
  private static final int CUE = 2;
  private static final int SPEAKER = 4;
  private static final int ROLES = 5;

  private final List<double[]> precisions = new ArrayList<>(); // per unit, per role (NaN = none)
  private final List<double[]> recalls = new ArrayList<>();
  private final Map<String, int[]> foundByType = new TreeMap<>();
  private int gold;
  private int predicted;

  /** A paired or unpaired unit, for error reports: either side may be null. */
  public record Unit(Annotation gold, Annotation predicted) {}

  /** Adds one document; returns its units (pairs, then unpaired predictions, unpaired gold). */
  public List<Unit> add(List<Annotation> goldAnnotations, List<Annotation> predictions) {
    gold += goldAnnotations.size();
    predicted += predictions.size();
    double[][] w = new double[goldAnnotations.size()][predictions.size()];
    for (int i = 0; i < goldAnnotations.size(); i++) {
      for (int j = 0; j < predictions.size(); j++) {
        w[i][j] = weight(goldAnnotations.get(i), predictions.get(j));
      }
    }
    int[] pairOf = Assignment.maximise(w, goldAnnotations.size(), predictions.size());
    boolean[] predPaired = new boolean[predictions.size()];
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < goldAnnotations.size(); i++) {
      Annotation g = goldAnnotations.get(i);
      int[] counts = foundByType.computeIfAbsent(g.type(), t -> new int[2]);
      counts[1]++;
      if (pairOf[i] >= 0) {
        predPaired[pairOf[i]] = true;
        Annotation p = predictions.get(pairOf[i]);
        if (jaccard(g.quote(), p.quote()) > 0) {
          counts[0]++;
        }
        units.add(new Unit(g, p));
      }
    }
    for (int j = 0; j < predictions.size(); j++) {
      if (!predPaired[j]) {
        units.add(new Unit(null, predictions.get(j)));
      }
    }
    for (int i = 0; i < goldAnnotations.size(); i++) {
      if (pairOf[i] < 0) {
        units.add(new Unit(goldAnnotations.get(i), null));
      }
    }
    units.forEach(this::score);
    return units;
  }

  public Scores scores() {
    return new Scores(
        average(QUOTE, QUOTE),
        average(ADDRESSEE, SPEAKER),
        average(QUOTE, SPEAKER),
        average(SPEAKER, SPEAKER),
        average(CUE, CUE),
        foundByType,
        gold,
        predicted);
  }

  private static double weight(Annotation g, Annotation p) {
    double overlap = jaccard(g.quote(), p.quote());
    if (overlap <= 0) {
      return 0;
    }
    return overlap
        + (same(g.type(), p.type()) ? 0.01 : 0)
        + (same(g.medium(), p.medium()) ? 0.001 : 0);
  }

  private static boolean same(String a, String b) {
    return a != null && a.equals(b);
  }

  static double jaccard(List<Integer> a, List<Integer> b) {
    int both = intersection(a, b);
    int union = a.size() + b.size() - both;
    return union == 0 ? 0 : (double) both / union;
  }

  private static int intersection(List<Integer> a, List<Integer> b) {
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < a.size() && j < b.size()) {
      int c = Integer.compare(a.get(i), b.get(j));
      if (c == 0) {
        both++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return both;
  }

  private void score(Unit u) {
    double[] p = new double[ROLES];
    double[] r = new double[ROLES];
    for (int role = 0; role < ROLES; role++) {
      List<Integer> g = u.gold() == null ? List.of() : roleOf(u.gold(), role);
      List<Integer> s = u.predicted() == null ? List.of() : roleOf(u.predicted(), role);
      int tp = intersection(g, s);
      int fp = s.size() - tp;
      int fn = g.size() - tp;
      p[role] = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
      r[role] = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    }
    precisions.add(p);
    recalls.add(r);
  }

  private static List<Integer> roleOf(Annotation a, int role) {
    return role == QUOTE ? a.quote() : a.roles().get(role - 1);
  }

  private Scores.Prf average(int fromRole, int toRole) {
    return new Scores.Prf(mean(precisions, fromRole, toRole), mean(recalls, fromRole, toRole));
  }

  private static double mean(List<double[]> values, int fromRole, int toRole) {
    double sum = 0;
    int n = 0;
    for (double[] v : values) {
      for (int role = fromRole; role <= toRole; role++) {
        if (!Double.isNaN(v[role])) {
          sum += v[role];
          n++;
        }
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
