package neurograde.shard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import neurograde.cli.Cli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The batch-system files in {@code batch/} are the ones the README shows, and the grader accepts
 * the command lines they run.
 */
class BatchFilesTest {

  private static final Path REPOSITORY = Path.of("..");

  private static List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(REPOSITORY.resolve("batch"))) {
      return files.sorted().toList();
    }
  }

  @Test
  void theReadme_showsEveryBatchFileAsItIs() throws IOException {
    String readme = Files.readString(REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(files()).hasSize(4);
    for (Path file : files()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(readme).as("README shows %s", file).contains("\n" + text + "```\n");
    }
  }

  @Test
  void theirGradeAndMergeCommands_parse() throws IOException {
    List<String> commands = new ArrayList<>();
    for (Path file : files()) {
      String text =
          Files.readString(file, StandardCharsets.UTF_8)
              .replace("\\\n", " ")
              .replace("${{ matrix.shard }}", "1")
              .replace("$SLURM_ARRAY_TASK_ID", "1")
              .replace("$SLURM_ARRAY_TASK_COUNT", "4")
              .replace("$K", "1");
      String run = "java -jar grader.jar ";
      for (int at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + 1)) {
        String line = text.substring(at + run.length());
        line = line.substring(0, endOfCommand(line)).replaceAll("\\s+", " ").strip();
        // parseArgs throws if an option is unknown or malformed
        CommandLine.ParseResult parsed =
            Cli.commandLine().parseArgs(line.replace("\"", "").split(" ")).subcommand();
        commands.add(parsed.commandSpec().name());
        if (parsed.commandSpec().name().equals("grade")) {
          assertThat(Shard.parse(parsed.matchedOptionValue("--shard", "")))
              .isEqualTo(new Shard(1, 4));
        }
      }
    }
    assertThat(commands).containsOnly("grade", "merge").hasSize(6);
  }

  /** Where a command line ends in the files: at a quote closing it, or a blank line. */
  private static int endOfCommand(String text) {
    int end = text.length();
    for (String stop : List.of("\"]", "\"\n", "\n\n", "\n      - ", "\n          resources")) {
      int at = text.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return end;
  }
}
