package io.sprecher.cli;

import io.sprecher.config.PipelineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --config} option every command shares, and how it is read. */
final class ConfigOption {

  @Option(
      names = "--config",
      defaultValue = "conf/sprecher.properties",
      description =
          "Pipeline configuration (default: ${DEFAULT-VALUE}, built-in defaults when that file"
              + " is absent; a file named here must exist).")
  Path config;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /**
   * The configuration: the named file, the default file, or the built-in defaults when the default
   * file is absent. A file named on the command line that does not exist is a usage error (exit 2):
   * on a cluster in cluster deploy mode the driver reads it on the machine it runs on.
   */
  PipelineConfig load() {
    if (command.commandLine().getParseResult().hasMatchedOption("--config")
        && !Files.isRegularFile(config)) {
      throw new ParameterException(
          command.commandLine(),
          "no configuration file " + config.toAbsolutePath() + " (on the driver's machine)");
    }
    return PipelineConfig.load(config);
  }
}
