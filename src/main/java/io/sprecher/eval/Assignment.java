package io.sprecher.eval;

import java.util.Arrays;

/**
 * Maximum-weight one-to-one assignment (Hungarian algorithm, O(n³)). Like SciPy's
 * linear_sum_assignment on a rectangular matrix, it pairs min(rows, columns) rows and columns, also
 * where a pair's weight is zero.
 */
final class Assignment {

  private Assignment() {}

  /** For each row, the column assigned to it, or -1. */
  static int[] maximise(double[][] weight, int rows, int cols) {
    int n = Math.max(rows, cols);
    double max = 0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        max = Math.max(max, weight[i][j]);
      }
    }
    // minimise cost = max - weight on the square matrix padded with cost max (weight 0)
    double[][] cost = new double[n + 1][n + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= n; j++) {
        boolean real = i <= rows && j <= cols;
        cost[i][j] = max - (real ? weight[i - 1][j - 1] : 0);
      }
    }
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = cost[i0][j] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] assigned = new int[rows];
    Arrays.fill(assigned, -1);
    for (int j = 1; j <= n; j++) {
      if (p[j] >= 1 && p[j] <= rows && j <= cols) {
        assigned[p[j] - 1] = j - 1;
      }
    }
    return assigned;
  }
}
