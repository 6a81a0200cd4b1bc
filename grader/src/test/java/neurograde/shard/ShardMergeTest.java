package neurograde.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import neurograde.InputException;
import neurograde.export.GradedFolder;
import neurograde.export.ManualMarks;
import neurograde.export.SampleBatch;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;
import neurograde.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging shards' output folders (results written as {@code grade} writes them, for the small
 * rubric of {@link SampleBatch}): everything of every shard, or nothing with one line saying why.
 */
class ShardMergeTest {

  @TempDir Path dir;

  /** Writes a shard's folder: its record and the results of the students it has finished. */
  private Path shard(int k, int of, List<String> students, SubmissionResult... finished)
      throws IOException {
    Path folder = dir.resolve("shard-" + k + "-of-" + of);
    Files.createDirectories(folder);
    String list = String.join("\", \"", students);
    Files.writeString(
        folder.resolve(ShardRecord.FILE),
        "{\"shard\": " + k + ", \"of\": " + of + ", \"students\": [\"" + list + "\"]}");
    for (SubmissionResult result : finished) {
      ResultFiles.write(ResultFiles.fileOf(folder.resolve("results"), result.student()), result);
    }
    return folder;
  }

  private ShardMerge.Merged merge(Path out, Path... shards) throws IOException {
    return ShardMerge.merge(List.of(shards), out, SampleBatch.rubric());
  }

  @Test
  void everyShard_isMergedWithReportsOverviewGradebookAndCsv() throws IOException {
    Path one = shard(1, 2, List.of("alice", "carol"), SampleBatch.alice(), SampleBatch.carol());
    Path two = shard(2, 2, List.of("bob"), SampleBatch.bob());
    Path out = dir.resolve("class");

    ShardMerge.Merged merged = merge(out, one, two);

    assertThat(merged.students()).isEqualTo(3);
    assertThat(merged.fromShards()).isEqualTo(3);
    assertThat(merged.redrawn()).as("the shards wrote no reports").isEqualTo(3);
    assertThat(GradedFolder.open(out).results()).containsExactlyElementsOf(SampleBatch.all());
    for (String student : List.of("alice", "bob", "carol")) {
      assertThat(out.resolve("reports/" + student + ".html")).exists();
    }
    assertThat(out.resolve("index.html")).exists();
    assertThat(out.resolve("gradebook.xlsx")).exists();
    assertThat(Files.readString(out.resolve("grades.csv"), StandardCharsets.UTF_8).lines())
        .hasSize(4);
    assertThat(out.resolve(ShardRecord.FILE)).doesNotExist();
  }

  @Test
  void aMissingShard_isRefused() throws IOException {
    Path one = shard(1, 3, List.of("alice"), SampleBatch.alice());
    Path three = shard(3, 3, List.of("carol"), SampleBatch.carol());
    Path out = dir.resolve("class");

    assertThatThrownBy(() -> merge(out, one, three))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "shard 2/3 is missing: merge needs the output folder of every shard (given: 1/3, 3/3)");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnfinishedShard_isRefused() throws IOException {
    Path one = shard(1, 2, List.of("alice", "carol"), SampleBatch.alice());
    Path two = shard(2, 2, List.of("bob"), SampleBatch.bob());

    assertThatThrownBy(() -> merge(dir.resolve("class"), one, two))
        .hasMessage(
            "shard 1/2 ("
                + one
                + ") has no result for carol: it did not finish; run its grade command again (it"
                + " resumes), then merge");
  }

  @Test
  void aShardGivenTwice_orShardsOfTwoSplits_areRefused() throws IOException {
    Path one = shard(1, 2, List.of("alice"), SampleBatch.alice());
    Path again = dir.resolve("again");
    Folders.copy(one, again);
    Path ofThree = shard(2, 3, List.of("bob"), SampleBatch.bob());

    assertThatThrownBy(() -> merge(dir.resolve("class"), one, again))
        .hasMessage("shard 1/2 is given twice: " + one + " and " + again);
    assertThatThrownBy(() -> merge(dir.resolve("class"), one, ofThree))
        .hasMessage(
            "shard 2/3 ("
                + ofThree
                + ") is one of 3 shards, but shard 1/2 ("
                + one
                + ") is one of 2; merge the shards of one split");
  }

  @Test
  void aStudentInTwoFolders_isRefused() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    ResultFiles.write(first.resolve("results/alice.json"), SampleBatch.alice());
    ResultFiles.write(second.resolve("results/alice.json"), SampleBatch.alice());

    assertThatThrownBy(() -> merge(dir.resolve("class"), first, second))
        .hasMessage(
            "alice has a result in both "
                + first
                + " and "
                + second
                + "; each student must be in one shard only");
  }

  @Test
  void mergingIntoAShardsFolder_orFromAFolderThatIsNotAnOutput_isRefused() throws IOException {
    Path one = shard(1, 1, List.of("alice"), SampleBatch.alice());
    Path empty = Files.createDirectories(dir.resolve("empty"));

    assertThatThrownBy(() -> merge(one, one))
        .hasMessage(
            "--out "
                + one
                + " is one of the shards' folders; merge into a folder of its own (a new one, or"
                + " the one merged into before)");
    assertThatThrownBy(() -> merge(dir.resolve("class"), empty))
        .hasMessage(empty + ": neither results nor shard.json: is it an output folder of grade?");
    assertThatThrownBy(() -> merge(dir.resolve("class"), dir.resolve("nowhere")))
        .hasMessage(dir.resolve("nowhere") + ": no such folder");
  }

  @Test
  void manualMarksAlreadyEntered_areKeptAndApplied_whenTheShardsAreMergedAgain()
      throws IOException {
    Path one =
        shard(
            1,
            1,
            List.of("alice", "bob", "carol"),
            SampleBatch.all().toArray(n -> new SubmissionResult[n]));
    Path out = dir.resolve("class");
    merge(out, one);
    ManualMarks.of(Map.of("alice", Map.of("3a-iii", 1.0)), Map.of("bob", "See me."))
        .write(out.resolve(ManualMarks.FILE));

    merge(out, one);

    SubmissionResult alice = ResultFiles.read(out.resolve("results/alice.json"));
    assertThat(alice.item("3a-iii").score()).isEqualTo(1.0);
    assertThat(ResultFiles.read(out.resolve("results/bob.json")).comment()).isEqualTo("See me.");
    assertThat(ManualMarks.read(out.resolve(ManualMarks.FILE)).forStudent("alice"))
        .containsEntry("3a-iii", 1.0);
    assertThat(Files.readString(out.resolve("reports/bob.html"))).contains("See me.");
  }

  @Test
  void manualMarksThatDiffer_betweenTheFolderAndAShard_areRefused() throws IOException {
    Path one = shard(1, 1, List.of("alice"), SampleBatch.alice());
    ManualMarks.of(Map.of("alice", Map.of("3a-iii", 0.5))).write(one.resolve(ManualMarks.FILE));
    Path out = Files.createDirectories(dir.resolve("class"));
    ManualMarks.of(Map.of("alice", Map.of("3a-iii", 1.0))).write(out.resolve(ManualMarks.FILE));

    assertThatThrownBy(() -> merge(out, one))
        .hasMessage(
            "alice has different manual marks in "
                + out.resolve(ManualMarks.FILE)
                + " and "
                + one.resolve(ManualMarks.FILE)
                + "; keep the right ones in one of them, then merge");
  }
}
