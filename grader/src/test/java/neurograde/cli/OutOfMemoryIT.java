package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import neurograde.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that runs out of heap says so in one line, with what to do, and exits 1: no stack
 * trace, and no half-written gradebook.
 */
class OutOfMemoryIT {

  private static final Path JAR = Path.of("target/grader.jar");

  @TempDir Path dir;

  @Test
  void exportBeyondTheHeap_saysSoInOneLine() throws Exception {
    Path submissions = dir.resolve("class");
    Folders.copy(Path.of("src/test/resources/submissions/reference"), submissions.resolve("ada"));
    Path out = dir.resolve("out");
    assertThat(
            run(
                    List.of(),
                    "grade",
                    submissions.toString(),
                    "--out",
                    out.toString(),
                    "--quiet",
                    "--no-reports")
                .exitCode())
        .isZero();
    // A large class: the one result under 3,000 ids.
    String result = Files.readString(out.resolve("results/ada.json"));
    for (int i = 0; i < 3000; i++) {
      String id = String.format("s%04d", i);
      Files.writeString(
          out.resolve("results/" + id + ".json"),
          result
              .replace("\"student\" : \"ada\"", "\"student\" : \"" + id + "\"")
              .replace("\"student\":\"ada\"", "\"student\":\"" + id + "\""));
    }
    Files.deleteIfExists(out.resolve("gradebook.xlsx"));

    Run export = run(List.of("-Xmx48m"), "export", "--out", out.toString());

    assertThat(export.exitCode()).isEqualTo(Cli.SOFTWARE);
    List<String> lines = export.output().strip().lines().toList();
    assertThat(lines).as("what export printed").hasSize(2);
    assertThat(lines.get(0)).startsWith("rubric: ");
    assertThat(lines.get(1))
        .startsWith("grader: out of memory (the heap's limit is ")
        .contains("java -Xmx4g -jar grader.jar");
    assertThat(out.resolve("gradebook.xlsx")).doesNotExist();
  }

  private record Run(int exitCode, String output) {}

  private Run run(List<String> jvmOptions, String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }
}
