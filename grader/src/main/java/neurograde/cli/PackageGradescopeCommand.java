package neurograde.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Locale;
import java.util.concurrent.Callable;
import neurograde.InputException;
import neurograde.export.GradescopePackage;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricItem;
import neurograde.rubric.RubricLoader;
import neurograde.rubric.RubricLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code package-gradescope --out FILE.zip}: the autograder zip to upload to Gradescope. */
@Command(
    name = "package-gradescope",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the autograder zip to upload to Gradescope.",
      "",
      "Writes the zip to upload on Gradescope's \"Configure Autograder\" page: setup.sh (installs JDK 17), run_autograder (runs 'java -jar grader.jar gradescope'), this grader's jar and the rubric (as rubrics/a1.yaml). Gradescope scores the automatic marks; set up the manual parts as questions of their own (README, \"Gradescope\")."
    })
final class PackageGradescopeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.zip",
      description = "The zip to write.")
  Path out;

  @Mixin RubricOption rubric;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws IOException {
    if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      throw OptionValues.invalid(
          spec, "--out", out, "Gradescope takes a zip; give a file name ending in .zip");
    }
    Path jar = runningJar();
    RubricLocator.Located rules = rubric.findForGrading();
    RubricOption.announce(spec.commandLine().getOut(), rules);
    GradescopePackage.write(out, jar, rubricText(rules));
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        "wrote "
            + out
            + " with "
            + jar.getFileName()
            + " and the rubric; upload it on Gradescope's Configure Autograder page");
    stdout.println(outline(rules.rubric()));
    return 0;
  }

  /**
   * Says how to set up the assignment's outline in Gradescope: the autograder's marks, and one
   * manual question per manual part.
   */
  static String outline(Rubric rubric) {
    double auto = rubric.items().stream().mapToDouble(RubricItem::autoMarks).sum();
    StringBuilder text =
        new StringBuilder(
            "in Gradescope, enable manual grading and set the outline: Autograder "
                + Progress.number(auto)
                + " points, then a manual question for each of:");
    for (RubricItem item : rubric.items()) {
      item.manual()
          .ifPresent(
              manual ->
                  text.append(System.lineSeparator())
                      .append("  ")
                      .append(item.id())
                      .append(" ")
                      .append(item.title())
                      .append(": ")
                      .append(Progress.number(manual.marks()))
                      .append(" point(s). ")
                      .append(manual.description()));
    }
    return text.toString();
  }

  /** Returns the text of the rubric, as found or as built into the grader. */
  private static String rubricText(RubricLocator.Located rules) throws IOException {
    if (rules.file().isPresent()) {
      return Files.readString(rules.file().get(), StandardCharsets.UTF_8);
    }
    try (InputStream in = RubricLoader.class.getResourceAsStream(RubricLoader.BUNDLED_A1)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Returns the jar the grader runs from, or refuses if it runs from class folders (a development
   * build).
   */
  private static Path runningJar() {
    CodeSource code = GraderCommand.class.getProtectionDomain().getCodeSource();
    Path location = null;
    try {
      location = code == null ? null : Path.of(code.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      // Not a file: treated like a missing location.
    }
    if (location == null
        || !Files.isRegularFile(location)
        || !location.getFileName().toString().endsWith(".jar")) {
      throw new InputException(
          "the grader is not running from a jar ("
              + (location == null ? "unknown location" : location)
              + "); build it with mvn -q install -DskipTests first, then run java -jar grader/target/grader.jar package-gradescope");
    }
    return location;
  }
}
