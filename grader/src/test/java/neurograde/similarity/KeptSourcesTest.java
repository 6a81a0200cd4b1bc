package neurograde.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import neurograde.submission.SourceFile;
import neurograde.submission.SubmissionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What grade keeps of a submission for the similarity report, and where. */
class KeptSourcesTest {

  @TempDir Path out;

  @Test
  void onlyTheStudentsOwnFilesAreKept_inOneFileNamedByTheId() throws IOException {
    String hostile = "src/main/java/neurons/../../../../etc/<script>x</script>Helper.java";
    SubmissionFiles files =
        new SubmissionFiles(
            "alice",
            List.of(
                new SourceFile("src/main/java/neurons/Neuron.java", "interface Neuron {}"),
                new SourceFile("src/main/java/neurons/LIFNeuron.java", "class LIFNeuron {}"),
                new SourceFile(hostile, "class Helper {}")),
            null,
            List.of());

    KeptSources.write(out, files);

    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()))
          .containsExactly("sources/alice.json");
    }
    assertThat(KeptSources.read(out, "alice").orElseThrow())
        .containsExactly(
            new SourceFile("src/main/java/neurons/LIFNeuron.java", "class LIFNeuron {}"),
            new SourceFile(hostile, "class Helper {}"));
  }

  @Test
  void aStudentWithNothingKept_readsAsEmpty() throws IOException {
    assertThat(KeptSources.read(out, "bob")).isEmpty();
    assertThat(KeptSources.digest(out, "bob")).isEmpty();
  }
}
