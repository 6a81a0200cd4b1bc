package neurograde.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Refusals of option values the commands check themselves, worded as picocli words its own. */
final class OptionValues {

  private OptionValues() {}

  /** "Invalid value 'VALUE' for option 'OPTION': WHY", a usage error (exit code 2). */
  static ParameterException invalid(CommandSpec spec, String option, Object value, String why) {
    return new ParameterException(
        spec.commandLine(), "Invalid value '" + value + "' for option '" + option + "': " + why);
  }

  /** Refuses a number outside {@code [min, max]}, saying "between MIN and MAX". */
  static void requireBetween(CommandSpec spec, String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw invalid(spec, option, value, "between " + min + " and " + max);
    }
  }
}
