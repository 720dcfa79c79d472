package io.sprecher.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code sprecher <subcommand> ...}. */
@Command(
    name = "sprecher",
    mixinStandardHelpOptions = true,
    version = "sprecher 0.1.0",
    description = "Who said what, and when: statements from German news, on Spark and CoreNLP.",
    subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests and {@link #main}). */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              cmd.getErr().println("sprecher: " + e.getMessage());
              return 1;
            })
        .execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
