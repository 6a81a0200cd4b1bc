package neurograde.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import neurograde.rubric.Rubric;
import neurograde.shard.ShardMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code merge SHARD_DIR... --out DIR}: one class's output from its shards' outputs. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Builds one class's output from the output folders of its shards.",
      "",
      "After `grade --shard K/N --out SHARD_DIR` has run for every K (on as many machines), brings their results, observations, answers and reports into DIR and writes the class overview DIR/index.html, DIR/gradebook.xlsx and DIR/grades.csv from all of them: the same as one `grade` of the whole class. Refuses unless every shard is there and finished. Results already in DIR of students no shard has are kept, and so are DIR's manual marks, which are applied."
    })
final class MergeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SHARD_DIR",
      arity = "1..*",
      description = "The shards' output folders (their --out).")
  List<Path> shards;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The class's output folder (created if needed; not one of the shards').")
  Path out;

  @Mixin RubricOption rubric;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Rubric rules = rubric.load(stdout).rubric();
    ShardMerge.Merged merged = ShardMerge.merge(shards, out, rules);
    stdout.println(
        "merged "
            + merged.fromShards()
            + " result(s) from "
            + shards.size()
            + " folder(s) into "
            + out
            + (merged.students() > merged.fromShards()
                ? " (" + (merged.students() - merged.fromShards()) + " kept from before)"
                : "")
            + "; "
            + merged.redrawn()
            + " report(s) drawn here");
    stdout.println(ExportCommand.summary(merged.exported()));
    stdout.println("class overview: " + out.resolve("index.html"));
    stdout.flush();
    return 0;
  }
}
