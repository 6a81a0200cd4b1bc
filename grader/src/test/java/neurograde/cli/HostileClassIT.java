package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;
import neurograde.testing.Folders;
import neurograde.testing.HostileSubmissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class holding every attack on the grader's own intake (hostile sources, files, zips, names,
 * throwables and a roster exported with other ids' case) is graded by the released jar to the end:
 * results, reports, overview, gradebook and CSV, exit code 0, in minutes. Each attack's exact
 * outcome is asserted in AttackIT; this is the whole batch.
 */
class HostileClassIT {

  private static final Path JAR = Path.of("target/grader.jar");

  /** How long the batch may take before it counts as hung (minutes): it takes about two. */
  private static final long HUNG_AFTER_MINUTES = 15;

  private static final List<String> CHECKED_IN =
      List.of(
          "aaa-correct-first",
          "attack-forbidden-call-in-sigmoid",
          "attack-errors-whose-message-throws",
          "attack-extra-top-level-class",
          "attack-duplicate-helper-class",
          "attack-lms-renamed-file",
          "attack-gc-loop",
          "attack-poisons-a-jdk-class",
          "attack-closes-its-output",
          "attack-reads-its-callers",
          "attack-nan-values",
          "attack-lying-subclasses",
          "zzz-correct-last");

  @TempDir static Path dir;
  private static Path out;
  private static int exitCode;
  private static String printed;
  private static double seconds;

  @BeforeAll
  static void gradeTheHostileClass() throws Exception {
    Path course = dir.resolve("class");
    for (String fixture : CHECKED_IN) {
      Folders.copy(Path.of("src/test/resources/attacks", fixture), course.resolve(fixture));
    }
    HostileSubmissions.unclosedComments(course.resolve("attack-unclosed-comments"));
    HostileSubmissions.spacesInAProvidedCopy(course.resolve("attack-spaces-in-a-provided-copy"));
    HostileSubmissions.salvageChain(course.resolve("attack-salvage-chain"), 2_500);
    HostileSubmissions.twoStudentsInOneZip(course.resolve("attack-two-students-in-one-zip.zip"));
    HostileSubmissions.answersHeadingOfSpaces(course.resolve("attack-answers-heading-of-spaces"));
    Path roster = dir.resolve("roster.csv");
    // as an LMS exports it: a byte-order mark, CRLF, quotes, ids in another case, one absentee
    Files.writeString(
        roster,
        "\uFEFF\"Name\",\"Login\"\r\n"
            + "\"First, Ada\",AAA-Correct-First\r\n"
            + "\"Last, Zed\",ZZZ-CORRECT-LAST\r\n"
            + "\"Sig, Mo\",attack-forbidden-call-in-sigmoid\r\n"
            + "\"Nolan, Nick\",nick\r\n",
        StandardCharsets.UTF_8);
    out = dir.resolve("out");

    assertThat(JAR).as("the grader jar, built by mvn package").exists();
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            JAR.toString(),
            "grade",
            course.toString(),
            "--roster",
            roster.toString(),
            "--out",
            out.toString(),
            "--quiet");
    long start = System.nanoTime();
    Process grader =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("printed.txt").toFile())
            .start();
    boolean finished = grader.waitFor(HUNG_AFTER_MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      grader.destroyForcibly();
    }
    seconds = (System.nanoTime() - start) / 1e9;
    printed = Files.readString(dir.resolve("printed.txt"));
    System.out.println(printed);
    System.out.printf("HostileClassIT: the hostile class took %.1f s%n", seconds);
    assertThat(finished).as("grade finished within %d minutes", HUNG_AFTER_MINUTES).isTrue();
    exitCode = grader.exitValue();
  }

  @Test
  void grade_exitsWithCode0AndWritesEveryOutput() {
    assertThat(exitCode).as(printed).isZero();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("gradebook.xlsx")).isRegularFile();
    assertThat(out.resolve("grades.csv")).isRegularFile();
  }

  @Test
  void everySubmissionAndTheAbsentee_haveAResultAndAReport() throws IOException {
    Set<String> expected = new TreeSet<>(CHECKED_IN);
    expected.addAll(
        List.of(
            "attack-unclosed-comments",
            "attack-spaces-in-a-provided-copy",
            "attack-salvage-chain",
            "attack-two-students-in-one-zip",
            "attack-answers-heading-of-spaces",
            "nick"));

    assertThat(names(out.resolve("results"), ".json")).isEqualTo(expected);
    // the answers of megabyte lines are parsed in linear time: no report is given up on
    assertThat(names(out.resolve("reports"), ".html")).isEqualTo(expected);
    assertThat(printed).doesNotContain("abandoned");
    assertThat(Files.readAllLines(out.resolve("grades.csv"))).hasSize(expected.size() + 1);
  }

  @Test
  void noStudentInput_isRecordedAsAFaultOfTheGrader() throws IOException {
    for (SubmissionResult result : results()) {
      assertThat(result.diagnostics())
          .as(result.student())
          .noneMatch(d -> d.kind().equals("grader"));
      assertThat(result.checks()).as(result.student()).noneMatch(c -> c.status().equals("grader"));
    }
  }

  @Test
  void correctSubmissionsAmongTheAttacks_keepFullMarksAndTheirRosterNames() {
    for (String correct : List.of("aaa-correct-first", "zzz-correct-last")) {
      SubmissionResult result = ResultFiles.read(out.resolve("results/" + correct + ".json"));
      assertThat(result.score()).as(correct).isEqualTo(37.5);
      assertThat(result.diagnostics()).as(correct).isEmpty();
    }
    assertThat(ResultFiles.read(out.resolve("results/aaa-correct-first.json")).name())
        .isEqualTo("First, Ada");
  }

  @Test
  void rosterMismatches_areWarnedOnePerId() {
    assertThat(printed)
        .contains(
            "warning: roster id \"AAA-Correct-First\" matched the submission \"aaa-correct-first\""
                + " ignoring case")
        .contains("warning: roster id \"nick\" has no submission; recorded as no submission")
        .contains(
            "warning: submission \"attack-salvage-chain\" is not on the roster; it was graded all"
                + " the same");
  }

  private static List<SubmissionResult> results() throws IOException {
    List<SubmissionResult> results = new ArrayList<>();
    try (Stream<Path> files = Files.list(out.resolve("results"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        results.add(ResultFiles.read(file));
      }
    }
    return results;
  }

  private static Set<String> names(Path folder, String extension) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(extension))
          .map(n -> n.substring(0, n.length() - extension.length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
