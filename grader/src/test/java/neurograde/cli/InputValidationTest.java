package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Everything a user types is checked before any grading starts: each mistake gets exactly one line
 * naming it (plus picocli's "Try --help" hint for command-line mistakes), exit code 2, no stack
 * trace, and no output folder left behind.
 */
class InputValidationTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private PrintStream savedOut;

  @BeforeEach
  void captureStdout() {
    savedOut = System.out;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStdout() {
    System.setOut(savedOut);
  }

  private int run(String... args) {
    CommandLine cli = Cli.commandLine();
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** The error without picocli's help hint. */
  private String problem() {
    return err.toString()
        .lines()
        .filter(l -> !l.startsWith("Try '"))
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  private void assertRejected(int code, String expectedLine) {
    assertThat(code).as("exit code; stderr was: %s", err).isEqualTo(Cli.USAGE);
    assertThat(problem()).isEqualTo(expectedLine);
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private Path correctSubmission(String name) throws IOException {
    Path submission = dir.resolve("class").resolve(name);
    Files.createDirectories(submission);
    Files.writeString(submission.resolve("ANSWERS.md"), "# Answers\n");
    return submission;
  }

  @Test
  void unknownFlag_isNamedWithExitCode2() {
    int code = run("grade", "samples", "--out", dir.resolve("out").toString(), "--regrde");

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(err.toString())
        .startsWith("grader grade: Unknown option: '--regrde'")
        .contains("--regrade");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void missingOut_isNamed() {
    int code = run("grade", "samples");

    assertRejected(code, "grader grade: Missing required option: '--out=DIR'");
  }

  @Test
  void missingSubmissionsFolder_isNamed() {
    Path missing = dir.resolve("no-such-class");

    int code = run("grade", missing.toString(), "--out", dir.resolve("out").toString());

    assertRejected(code, "grader grade: " + missing + ": no such file or folder");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void emptyClassFolder_isNamed() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty-class"));

    int code = run("grade", empty.toString(), "--out", dir.resolve("out").toString());

    assertRejected(
        code,
        "grader grade: " + empty + ": holds no submissions (no sub-folders, zips or .java files)");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void shardThatIsNotKOfN_isNamed() throws IOException {
    correctSubmission("alice");

    int code =
        run(
            "grade",
            dir.resolve("class").toString(),
            "--out",
            dir.resolve("out").toString(),
            "--shard",
            "3/2");

    assertRejected(code, "grader grade: --shard 3/2: K must be between 1 and N (2), not 3");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void similarityOfAShard_isRefused_becauseAShardHoldsPartOfTheClass() throws IOException {
    correctSubmission("alice");

    int code =
        run(
            "grade",
            dir.resolve("class").toString(),
            "--out",
            dir.resolve("out").toString(),
            "--shard",
            "1/2",
            "--similarity");

    assertRejected(
        code,
        "grader grade: --similarity compares the whole class, and a shard holds only part of it:"
            + " grade the shards without it, merge them, then run `similarity --out MERGED`");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void mergeOfAFolderThatIsNotAShard_isNamed() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    int code = run("merge", empty.toString(), "--out", dir.resolve("out").toString());

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(problem())
        .isEqualTo(
            "grader merge: "
                + empty
                + ": neither results nor shard.json: is it an output folder of grade?");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void rosterWithDuplicateIds_namesBothLines() throws IOException {
    correctSubmission("alice");
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, "id,name\nalice,Alice\nbob,Bob\nalice,Alice Again\n");

    int code =
        run(
            "grade",
            dir.resolve("class").toString(),
            "--roster",
            roster.toString(),
            "--out",
            dir.resolve("out").toString());

    assertRejected(
        code,
        "grader grade: " + roster + ":4: student id \"alice\" appears twice (first on line 2)");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void zipOfAWholeClass_isRefusedSayingHowToGradeIt() throws IOException {
    Path zip = dir.resolve("class.zip");
    try (java.util.zip.ZipOutputStream out =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      for (String student : new String[] {"alice", "bob"}) {
        out.putNextEntry(new java.util.zip.ZipEntry("class/" + student + "/LIFNeuron.java"));
        out.write("package neurons;".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }

    int code = run("grade", zip.toString(), "--out", dir.resolve("out").toString());

    assertRejected(
        code,
        "grader grade: "
            + zip
            + " holds 2 students' submissions (class/alice/, class/bob/), not one: unzip it and"
            + " grade the folder (grade FOLDER --out DIR), which grades each as its own student");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void rosterWithAnUnclosedQuote_namesTheLineWhereItOpens() throws IOException {
    correctSubmission("alice");
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, "id,name\r\nalice,\"Alice\r\nbob,Bob\r\n");

    int code =
        run(
            "grade",
            dir.resolve("class").toString(),
            "--roster",
            roster.toString(),
            "--out",
            dir.resolve("out").toString());

    assertRejected(
        code, "grader grade: " + roster + ":2: a quoted field starts here and is never closed");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void rubricThatDoesNotParse_isNamedWithItsLine() throws IOException {
    correctSubmission("alice");
    Path rubric = dir.resolve("bad.yaml");
    Files.writeString(rubric, "assignment: a1\nitems:\n  - id: q1a\n    marks: [2\n");

    int code =
        run(
            "grade",
            dir.resolve("class").toString(),
            "--rubric",
            rubric.toString(),
            "--out",
            dir.resolve("out").toString());

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(problem())
        .isEqualTo(
            "grader grade: " + rubric + ":4: a '[' opened on this line is not closed with ']'");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void missingRubric_isNamed() throws IOException {
    correctSubmission("alice");
    Path rubric = dir.resolve("none.yaml");

    int code = run("validate", "--rubric", rubric.toString());

    assertRejected(code, "grader validate: " + rubric + ": no such rubric file");
  }

  @Test
  void workersOutOfRange_isNamed() throws IOException {
    correctSubmission("alice");

    int code =
        run(
            "grade",
            dir.resolve("class").toString(),
            "--out",
            dir.resolve("out").toString(),
            "--workers",
            "0");

    assertRejected(
        code,
        "grader grade: Invalid value '0' for option '--workers': it must be between 1 and 64");
  }

  @Test
  void workersNotANumber_isNamed() {
    int code = run("grade", "samples", "--out", dir.resolve("out").toString(), "--workers", "two");

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(problem())
        .isEqualTo("grader grade: Invalid value for option '--workers': 'two' is not an int");
  }

  @Test
  void outInsideTheClassFolder_isRefused() throws IOException {
    correctSubmission("alice");
    Path out = dir.resolve("class").resolve("grading");

    int code = run("grade", dir.resolve("class").toString(), "--out", out.toString());

    assertRejected(
        code,
        "grader grade: --out "
            + out
            + " is inside the submissions folder "
            + dir.resolve("class")
            + "; choose a folder outside it");
  }

  @Test
  void reportOnAFolderWithoutResults_isNamed() throws IOException {
    Path out = Files.createDirectories(dir.resolve("not-graded"));

    int code = run("report", "--out", out.toString());

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(problem())
        .startsWith("grader report: ")
        .contains(out.toString())
        .doesNotContain("\n");
  }

  @Test
  void benchWithNonPositiveCount_isNamed() {
    int code = run("bench", "-n", "0");

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(problem()).startsWith("grader bench: ").doesNotContain("\n");
  }
}
