package io.sprecher.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * ParserNetwork against CoreNLP's own classifier, on a small network with random weights: the
 * scores must be the same numbers, not merely close, or a parse could differ.
 */
class ParserNetworkTest {

  private static final int POSITIONS = 48;
  private static final int HIDDEN = 37;
  private static final int EMBEDDING = 11;
  private static final int VALUES = 60;
  private static final int TRANSITIONS = 9;

  private final Random random = new Random(20261206);

  @Test
  void scoresExactlyAsCoreNlpsClassifierWhenFeaturesEvictEachOther() throws Exception {
    // 5 slots for about 32 features outside the table a configuration: nearly every vector is
    // computed anew, most of them over one computed for another feature
    assertScoresAsCoreNlp(5);
  }

  @Test
  void scoresExactlyAsCoreNlpsClassifierFromCachedVectors() throws Exception {
    // 10,000 slots for the 2,880 possible features: the second pass reads every vector cached
    assertScoresAsCoreNlp(10_000);
  }

  private void assertScoresAsCoreNlp(int cacheEntries) throws Exception {
    Classifier coreNlp = randomClassifier(cacheEntries);
    ParserNetwork network = ParserNetwork.of(coreNlp, cacheEntries);
    int[][] configurations = randomFeatures(400);
    for (int pass = 0; pass < 2; pass++) {
      for (int[] features : configurations) {
        assertThat(network.scores(features))
            .as("pass %d", pass)
            .containsExactly(coreNlpScores(coreNlp, features));
      }
    }
  }

  @Test
  void scoresExactlyAsCoreNlpsClassifierOnTwoThreadsSharingTheCache() throws Exception {
    Classifier coreNlp = randomClassifier(50);
    ParserNetwork network = ParserNetwork.of(coreNlp, 50);
    int[][] configurations = randomFeatures(2_000);
    double[][] expected = new double[configurations.length][];
    for (int i = 0; i < configurations.length; i++) {
      expected[i] = coreNlpScores(coreNlp, configurations[i]);
    }
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int offset = t * 7;
        runs.add(
            threads.submit(
                () -> {
                  int wrong = 0;
                  for (int k = 0; k < configurations.length; k++) {
                    int i = (k + offset) % configurations.length;
                    if (!Arrays.equals(network.scores(configurations[i]), expected[i])) {
                      wrong++;
                    }
                  }
                  return wrong;
                }));
      }
      for (Future<Integer> run : runs) {
        assertThat(run.get()).isZero();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void scoresDoNotDependOnTheCacheSize() throws Exception {
    Classifier coreNlp = randomClassifier(1);
    ParserNetwork oneSlot = ParserNetwork.of(coreNlp, 1);
    ParserNetwork manySlots = ParserNetwork.of(coreNlp, 10_000);
    for (int[] features : randomFeatures(200)) {
      assertThat(oneSlot.scores(features)).containsExactly(manySlots.scores(features));
    }
  }

  @Test
  void refusesToRunWithoutACache() throws Exception {
    Classifier coreNlp = randomClassifier(1);
    assertThatThrownBy(() -> ParserNetwork.of(coreNlp, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cacheEntries");
  }

  private Classifier randomClassifier(int cacheEntries) {
    Properties p = new Properties();
    p.setProperty("hiddenSize", Integer.toString(HIDDEN));
    p.setProperty("embeddingSize", Integer.toString(EMBEDDING));
    p.setProperty("numCached", Integer.toString(cacheEntries));
    Config config = new Config(p);
    float[][] embeddings = randomMatrix(VALUES, EMBEDDING, 1.0);
    float[][] inputWeights = randomMatrix(HIDDEN, POSITIONS * EMBEDDING, 0.3);
    float[] bias = randomMatrix(1, HIDDEN, 0.2)[0];
    float[][] outputWeights = randomMatrix(TRANSITIONS, HIDDEN, 0.5);
    // about a third of all (value, position) features precomputed, as CoreNLP's model file lists
    List<Integer> precomputed = new ArrayList<>();
    for (int feature = 0; feature < VALUES * POSITIONS; feature++) {
      if (random.nextInt(3) == 0) {
        precomputed.add(feature);
      }
    }
    Classifier classifier =
        new Classifier(config, embeddings, inputWeights, bias, outputWeights, precomputed);
    classifier.preCompute();
    return classifier;
  }

  private float[][] randomMatrix(int rows, int columns, double scale) {
    float[][] m = new float[rows][columns];
    for (float[] row : m) {
      for (int j = 0; j < columns; j++) {
        row[j] = (float) (random.nextGaussian() * scale);
      }
    }
    return m;
  }

  private int[][] randomFeatures(int count) {
    int[][] configurations = new int[count][POSITIONS];
    for (int[] features : configurations) {
      for (int j = 0; j < POSITIONS; j++) {
        // skewed towards small values, as word frequencies are, so that features repeat
        features[j] = (int) (VALUES * Math.pow(random.nextDouble(), 3));
      }
    }
    return configurations;
  }

  private static double[] coreNlpScores(Classifier classifier, int[] features)
      throws ReflectiveOperationException {
    Method computeScores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
    computeScores.setAccessible(true);
    return (double[]) computeScores.invoke(classifier, (Object) features);
  }
}
