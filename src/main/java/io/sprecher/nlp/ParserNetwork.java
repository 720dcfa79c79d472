package io.sprecher.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;

/**
 * The feed-forward network of CoreNLP's neural dependency parser (word, tag and label embeddings,
 * one hidden layer with a cube activation, one score per transition), computing exactly the scores
 * CoreNLP's {@code Classifier.computeScores} computes, bit for bit, in less time.
 *
 * <p>CoreNLP walks its weight matrices row by row: every transition score is a 1,000-term dot
 * product, and so is every hidden unit of a feature outside the precomputed table; each is one
 * chain of dependent additions the processor cannot overlap. Here the same sums run with the loops
 * swapped, over weights stored transposed: a feature's embedding, one component at a time, is added
 * into all hidden units at once, and a hidden unit into all scores at once. Every sum still adds
 * the same terms, in the same precision and the same order, so every score is the same number; but
 * the inner loops run over contiguous arrays with independent lanes, which the JIT turns into
 * vector instructions.
 *
 * <p>Features in CoreNLP's precomputed table (the model's most frequent word, tag and label
 * features at their positions) are read from that table, shared, not copied. Others are computed
 * once and kept in a cache of a fixed number of slots (a feature's slot is given by its number; a
 * newer feature in the slot replaces the older). Like CoreNLP's own cache, a cached vector is
 * rounded to floats before it is added, which is why a cache of at least one entry is required:
 * without one CoreNLP adds in doubles, another arithmetic. Thread-safe: the cache's entries are
 * immutable and a lost race only means a vector is computed twice.
 */
final class ParserNetwork {

  private final int hiddenSize;
  private final int embeddingSize;
  private final int positions;
  private final int scoreCount;
  private final float[][] embeddings;

  /**
   * Per feature position: {@code [k * hiddenSize + i]} is CoreNLP's {@code W1[i][pos * emb + k]}.
   */
  private final float[][] inputWeights;

  private final float[] hiddenBias;

  /**
   * {@code [j * scoreCount + i]} is CoreNLP's {@code W2[i][j]}, widened to double as it adds it.
   */
  private final double[] outputWeights;

  private final FeatureTable precomputedRows;
  private final double[][] precomputed;
  private final Slot[] cache;

  private record Slot(int feature, float[] hidden) {}

  /**
   * @param embeddings CoreNLP's {@code E}: one embedding per word, tag and label
   * @param inputWeights CoreNLP's {@code W1}: hidden size × (positions × embedding size)
   * @param hiddenBias CoreNLP's {@code b1}
   * @param outputWeights CoreNLP's {@code W2}: transitions × hidden size
   * @param precomputedRows CoreNLP's precomputed features: feature number to row of {@code
   *     precomputed}
   * @param precomputed the hidden-layer contribution of each precomputed feature
   * @param cacheEntries how many other features' contributions to keep (at least 1)
   */
  ParserNetwork(
      float[][] embeddings,
      float[][] inputWeights,
      float[] hiddenBias,
      float[][] outputWeights,
      Map<Integer, Integer> precomputedRows,
      double[][] precomputed,
      int cacheEntries) {
    if (cacheEntries < 1) {
      throw new IllegalArgumentException("cacheEntries must be positive, not " + cacheEntries);
    }
    this.hiddenSize = hiddenBias.length;
    this.embeddingSize = embeddings[0].length;
    this.positions = inputWeights[0].length / embeddingSize;
    this.scoreCount = outputWeights.length;
    this.embeddings = embeddings;
    this.inputWeights = transposeByPosition(inputWeights);
    this.hiddenBias = hiddenBias;
    this.outputWeights = transpose(outputWeights);
    this.precomputedRows = new FeatureTable(precomputedRows);
    this.precomputed = precomputed;
    this.cache = new Slot[cacheEntries];
  }

  /**
   * The network of a loaded CoreNLP classifier, sharing its embeddings, bias and precomputed
   * vectors (read from its private fields, as CoreNLP 4.5.10 names them).
   */
  static ParserNetwork of(Classifier coreNlp, int cacheEntries)
      throws ReflectiveOperationException {
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> precomputedRows = (Map<Integer, Integer>) privateField(coreNlp, "preMap");
    return new ParserNetwork(
        coreNlp.getE(),
        coreNlp.getW1(),
        coreNlp.getb1(),
        coreNlp.getW2(),
        precomputedRows,
        (double[][]) privateField(coreNlp, "saved"),
        cacheEntries);
  }

  /** A private field of CoreNLP's classifier. */
  static Object privateField(Classifier coreNlp, String name) throws ReflectiveOperationException {
    Field field = Classifier.class.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(coreNlp);
  }

  /**
   * The score of every transition for a configuration's features: one feature value (word, tag or
   * label number) per position.
   */
  double[] scores(int[] features) {
    double[] hidden = new double[hiddenSize];
    for (int position = 0; position < features.length; position++) {
      int value = features[position];
      int feature = value * positions + position;
      int row = precomputedRows.get(feature);
      if (row >= 0) {
        double[] contribution = precomputed[row];
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += contribution[i];
        }
      } else {
        float[] contribution = cached(feature, value, position);
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += contribution[i];
        }
      }
    }
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += hiddenBias[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    double[] scores = new double[scoreCount];
    int j = 0;
    // four hidden units a pass, added in their order: each score meets one load and one store per
    // four units instead of per unit, and the same additions in the same order
    for (; j + 3 < hiddenSize; j += 4) {
      double u0 = hidden[j];
      double u1 = hidden[j + 1];
      double u2 = hidden[j + 2];
      double u3 = hidden[j + 3];
      int b0 = j * scoreCount;
      int b1 = b0 + scoreCount;
      int b2 = b1 + scoreCount;
      int b3 = b2 + scoreCount;
      for (int i = 0; i < scoreCount; i++) {
        scores[i] =
            scores[i]
                + u0 * outputWeights[b0 + i]
                + u1 * outputWeights[b1 + i]
                + u2 * outputWeights[b2 + i]
                + u3 * outputWeights[b3 + i];
      }
    }
    for (; j < hiddenSize; j++) {
      double unit = hidden[j];
      int base = j * scoreCount;
      for (int i = 0; i < scoreCount; i++) {
        scores[i] += unit * outputWeights[base + i];
      }
    }
    return scores;
  }

  private float[] cached(int feature, int value, int position) {
    int index = Math.floorMod(mix(feature), cache.length);
    Slot slot = cache[index];
    if (slot != null && slot.feature() == feature) {
      return slot.hidden();
    }
    float[] hidden = contribution(value, position);
    cache[index] = new Slot(feature, hidden);
    return hidden;
  }

  /** One feature's contribution to the hidden layer, summed in doubles and rounded to floats. */
  private float[] contribution(int value, int position) {
    float[] embedding = embeddings[value];
    float[] weights = inputWeights[position];
    double[] sums = new double[hiddenSize];
    int k = 0;
    // four components a pass, as in scores: the same float products added in the same order
    for (; k + 3 < embeddingSize; k += 4) {
      float e0 = embedding[k];
      float e1 = embedding[k + 1];
      float e2 = embedding[k + 2];
      float e3 = embedding[k + 3];
      int b0 = k * hiddenSize;
      int b1 = b0 + hiddenSize;
      int b2 = b1 + hiddenSize;
      int b3 = b2 + hiddenSize;
      for (int i = 0; i < hiddenSize; i++) {
        sums[i] =
            sums[i]
                + (double) (weights[b0 + i] * e0)
                + (double) (weights[b1 + i] * e1)
                + (double) (weights[b2 + i] * e2)
                + (double) (weights[b3 + i] * e3);
      }
    }
    for (; k < embeddingSize; k++) {
      float component = embedding[k];
      int base = k * hiddenSize;
      for (int i = 0; i < hiddenSize; i++) {
        sums[i] += weights[base + i] * component;
      }
    }
    float[] rounded = new float[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      rounded[i] = (float) sums[i];
    }
    return rounded;
  }

  private float[][] transposeByPosition(float[][] weights) {
    float[][] byPosition = new float[positions][embeddingSize * hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      for (int position = 0; position < positions; position++) {
        for (int k = 0; k < embeddingSize; k++) {
          byPosition[position][k * hiddenSize + i] = weights[i][position * embeddingSize + k];
        }
      }
    }
    return byPosition;
  }

  private static double[] transpose(float[][] weights) {
    int rows = weights.length;
    int columns = weights[0].length;
    double[] transposed = new double[rows * columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        transposed[j * rows + i] = weights[i][j];
      }
    }
    return transposed;
  }

  /** Spreads feature numbers (value × positions + position) over the cache's slots. */
  private static int mix(int feature) {
    return feature * 0x9E3779B1 ^ (feature >>> 16);
  }

  /** An open-addressing map of feature numbers (non-negative) to rows; -1 for absent. */
  private static final class FeatureTable {
    private final int[] keys;
    private final int[] rows;
    private final int mask;

    FeatureTable(Map<Integer, Integer> rowsByFeature) {
      int capacity = Integer.highestOneBit(Math.max(4, rowsByFeature.size() * 3)) * 2;
      this.keys = new int[capacity];
      this.rows = new int[capacity];
      this.mask = capacity - 1;
      Arrays.fill(keys, -1);
      rowsByFeature.forEach(
          (feature, row) -> {
            int slot = mix(feature) & mask;
            while (keys[slot] >= 0) {
              slot = (slot + 1) & mask;
            }
            keys[slot] = feature;
            rows[slot] = row;
          });
    }

    int get(int feature) {
      if (feature < 0) {
        return -1;
      }
      int slot = mix(feature) & mask;
      while (true) {
        int key = keys[slot];
        if (key == feature) {
          return rows[slot];
        }
        if (key < 0) {
          return -1;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
}
