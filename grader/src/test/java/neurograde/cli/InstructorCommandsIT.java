package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, run as an instructor runs it: the rubric and template it uses are the repository's
 * files an instructor edits, found from the working folder or from the jar, and each run says
 * which.
 */
class InstructorCommandsIT {

  private static final Path JAR = Path.of("target/grader.jar").toAbsolutePath();
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path dir;

  /** What a run printed (standard output and error together) and its exit code. */
  private record Run(int code, String output) {}

  private static Run run(Path workingDir, String... args) throws Exception {
    assertThat(JAR).as("the grader jar, built by mvn package").exists();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .directory(workingDir.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }

  @Test
  void editedRubricInTheWorkingFolder_isTheOneGradeUses_andItSaysSo() throws Exception {
    Path course = Files.createDirectories(dir.resolve("course/rubrics"));
    String rubric = Files.readString(REPOSITORY.resolve("rubrics/a1.yaml"));
    Files.writeString(
        course.resolve("a1.yaml"),
        rubric.replace("title: LIFNeuron.slope", "title: Slope, edited"));
    Path out = dir.resolve("out");

    Run graded =
        run(
            course.getParent(),
            "grade",
            REPOSITORY.resolve("samples/alice").toString(),
            "--out",
            out.toString(),
            "--workers",
            "1",
            "--quiet",
            "--no-reports");

    assertThat(graded.code()).as(graded.output()).isZero();
    assertThat(graded.output())
        .contains("rubric: rubrics/a1.yaml (47 marks: 37.5 automatic, 9.5 manual)");
    JsonNode result = new ObjectMapper().readTree(out.resolve("results/alice.json").toFile());
    assertThat(result.get("items").get(0).get("title").asText()).isEqualTo("Slope, edited");
  }

  @Test
  void rubricWithAMistake_isOneLineNamingTheFileAndLine_exitCode2() throws Exception {
    Path course = Files.createDirectories(dir.resolve("course/rubrics"));
    String rubric = Files.readString(REPOSITORY.resolve("rubrics/a1.yaml"));
    Files.writeString(
        course.resolve("a1.yaml"), rubric.replace("{id: step.euler,", "{id: step.eular,"));

    Run validated = run(course.getParent(), "validate");

    assertThat(validated.code()).isEqualTo(2);
    assertThat(validated.output().strip())
        .startsWith("grader validate: rubrics/a1.yaml:36: check \"step.eular\" of item \"1b\"")
        .contains("(did you mean \"step.euler\"?)")
        .doesNotContain("\n");
  }

  @Test
  void packageGradescope_packagesTheRubricItUsed() throws Exception {
    Path edited = dir.resolve("edited.yaml");
    Files.writeString(
        edited,
        Files.readString(REPOSITORY.resolve("rubrics/a1.yaml"))
            .replace("title: Period of the ring", "title: Ring period"));
    Path zip = dir.resolve("autograder.zip");

    Run packaged =
        run(dir, "package-gradescope", "--rubric", edited.toString(), "--out", zip.toString());

    assertThat(packaged.code()).as(packaged.output()).isZero();
    assertThat(packaged.output()).startsWith("rubric: " + edited + " (47 marks");
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      assertThat(
              new String(
                  file.getInputStream(file.getEntry("rubrics/a1.yaml")).readAllBytes(),
                  StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(edited));
    }
  }

  @Test
  void packageTemplate_fromAnotherFolder_zipsTheRepositorysTemplateWithoutBuildOutput()
      throws Exception {
    Path zip = dir.resolve("modelling-neurons.zip");

    Run packaged = run(dir, "package-template", "--out", zip.toString());

    assertThat(packaged.code()).as(packaged.output()).isZero();
    assertThat(packaged.output())
        .startsWith("template: " + REPOSITORY.resolve("student-template") + " (");
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      List<String> names =
          Collections.list(file.getEntries()).stream().map(ZipArchiveEntry::getName).toList();
      assertThat(names)
          .contains(
              "modelling-neurons/README.md",
              "modelling-neurons/pom.xml",
              "modelling-neurons/src/main/java/neurons/LIFNeuron.java")
          .allMatch(name -> name.startsWith("modelling-neurons/"))
          .noneMatch(name -> name.contains("/target/") || name.endsWith(".class"));
    }
  }
}
