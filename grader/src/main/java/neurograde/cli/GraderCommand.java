package neurograde.cli;

import picocli.CommandLine.Command;

/** The root command; each job is a subcommand. */
@Command(
    name = "grader",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Grades the \"Modelling Neurons\" assignment and runs its reference model.",
    subcommands = {
      GradeCommand.class,
      MergeCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      ImportMarksCommand.class,
      ValidateCommand.class,
      SimulateCommand.class,
      SimilarityCommand.class,
      BenchCommand.class,
      GradescopeCommand.class,
      PackageGradescopeCommand.class,
      PackageTemplateCommand.class
    },
    footer = {"", "Exit codes: 0 done, 1 grader failure, 2 bad command line or input."})
public final class GraderCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
