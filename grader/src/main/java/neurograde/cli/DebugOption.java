package neurograde.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} option shared by every command: print stack traces of internal errors. */
final class DebugOption {

  @Option(names = "--debug", description = "Print the stack trace of an internal error.")
  boolean debug;
}
