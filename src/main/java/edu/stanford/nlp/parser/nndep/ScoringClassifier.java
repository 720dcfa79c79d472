package edu.stanford.nlp.parser.nndep;

import java.util.List;
import java.util.function.Function;

/**
 * Sprecher's door into CoreNLP's dependency parser: a {@link Classifier} whose scores come from
 * another implementation of the same network. CoreNLP's parser asks its classifier for scores
 * through a package-private method, so the class that answers must live in CoreNLP's package and be
 * loaded by the same class loader (Sprecher checks the parser asks it before relying on it).
 *
 * <p>It hands its superclass one-element matrices: CoreNLP's classifier allocates training state as
 * large as its matrices even when it only predicts, and this one never uses them.
 */
public final class ScoringClassifier extends Classifier {

  private final Function<int[], double[]> scores;

  /**
   * @param config the parser's configuration
   * @param scores the transition scores for a configuration's feature array
   */
  public ScoringClassifier(Config config, Function<int[], double[]> scores) {
    super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], List.of());
    this.scores = scores;
  }

  @Override
  double[] computeScores(int[] feature) {
    return scores.apply(feature);
  }
}
