package io.sprecher.cli;

import io.sprecher.config.PipelineConfig;
import io.sprecher.eval.Evaluation;
import io.sprecher.eval.Scores;
import io.sprecher.extract.ArticleProcessor;
import io.sprecher.extract.ParseScope;
import io.sprecher.nlp.CoreNlpPipelines;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sprecher eval}: scores the pipeline on gold data (German Wikinews quotations). */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Runs the same core pipeline as extract on every gold .json file of a folder, writes one"
            + " prediction file per gold file, and prints precision, recall and F1 for messages,"
            + " roles, joint, speaker and cue, and the share of gold quotations found per type.")
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, description = "Folder of gold .json files.")
  Path gold;

  @Option(names = "--predictions", required = true, description = "Folder for prediction files.")
  Path predictions;

  @Option(names = "--report", description = "Write a readable error report to this file.")
  Path report;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "Worker threads (default: one per core).")
  int threads;

  @Mixin ConfigOption config;

  @Option(
      names = "--parse",
      description =
          "Sentences to parse: STATEMENTS (those a statement can stand in) or ALL (default: the"
              + " configuration's nlp.parse, statements).")
  ParseScope parse;

  @Override
  public Integer call() throws Exception {
    PipelineConfig conf = config.load();
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    long start = System.currentTimeMillis();
    ArticleProcessor processor =
        new ArticleProcessor(CoreNlpPipelines.german(conf.nlp()), conf.maxSentenceChars(), parse);
    Scores scores = new Evaluation(processor, n).run(gold, predictions, report);
    System.out.print(scores.report());
    System.out.printf("time: %.1f s%n", (System.currentTimeMillis() - start) / 1000.0);
    if (report != null) {
      System.out.println("error report: " + report);
    }
    return 0;
  }
}
