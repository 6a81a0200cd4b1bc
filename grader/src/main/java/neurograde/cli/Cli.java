package neurograde.cli;

import java.io.PrintWriter;
import neurograde.InputException;
import neurograde.run.WorkersUnavailable;
import picocli.CommandLine;

/**
 * Builds the command line and maps failures to exit codes: 0 ok, 1 software failure, 2 usage or
 * input error.
 */
public final class Cli {

  /** Exit code of a bad command line or bad input file. */
  public static final int USAGE = 2;

  /** Exit code of a failure of the grader itself. */
  public static final int SOFTWARE = 1;

  private Cli() {}

  /** Runs a command and returns its exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** Returns the configured command line, for tests that capture its output. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new GraderCommand());
    cli.setExecutionExceptionHandler(Cli::handle);
    cli.setParameterExceptionHandler(Cli::handleUsage);
    return cli;
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof InputException) {
      err.println(cli.getCommandSpec().qualifiedName() + ": " + e.getMessage());
      err.flush();
      return USAGE;
    }
    if (e instanceof WorkersUnavailable) {
      // The JVM's own reason, in one line; nothing was graded or recorded.
      err.println(cli.getCommandSpec().qualifiedName() + ": " + e.getMessage());
      err.flush();
      return SOFTWARE;
    }
    err.println(cli.getCommandSpec().qualifiedName() + ": internal error: " + e);
    if (isDebug(parsed)) {
      e.printStackTrace(err);
    } else {
      err.println("(run with --debug for the stack trace, and please report it)");
    }
    err.flush();
    return SOFTWARE;
  }

  private static int handleUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println(cli.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return USAGE;
  }

  private static boolean isDebug(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
