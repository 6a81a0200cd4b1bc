package neurograde.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionLayoutTest {

  @Test
  void mavenProject_isOneSubmission() {
    assertThat(
            SubmissionLayout.separateSubmissions(
                List.of(
                    "pom.xml", "src/main/java/neurons/LIFNeuron.java", "backup/LIFNeuron.java")))
        .isEmpty();
  }

  @Test
  void foldersEachHoldingTheSameCourseFile_areSeparateSubmissions() {
    assertThat(
            SubmissionLayout.separateSubmissions(
                List.of(
                    "export/alice/LIFNeuron.java",
                    "export/bob/neurons/LIFNeuron.java",
                    "export/readme.txt",
                    "export/carol/notes.txt")))
        .containsExactly("export/alice/", "export/bob/");
  }

  @Test
  void hiddenAndMacOsFolders_areNotSubmissions() {
    assertThat(
            SubmissionLayout.separateSubmissions(
                List.of(
                    "alice/LIFNeuron.java",
                    "__MACOSX/alice/._LIFNeuron.java",
                    ".history/alice/LIFNeuron.java")))
        .isEmpty();
  }

  @Test
  void backslashedPaths_areReadLikeForwardSlashes() {
    assertThat(
            SubmissionLayout.separateSubmissions(
                List.of("alice\\Activations.java", "bob\\Activations.java")))
        .containsExactly("alice/", "bob/");
  }

  @Test
  void deeplyWrappedFiles_areOneSubmissionAndLookedAtBriefly() {
    List<String> paths = new ArrayList<>();
    String deep = "a/".repeat(5_000);
    for (int i = 0; i < 10_000; i++) {
      paths.add(deep + "f" + i + ".txt");
    }
    paths.add(deep + "x/LIFNeuron.java");
    paths.add(deep + "y/LIFNeuron.java");

    assertThat(SubmissionLayout.separateSubmissions(paths)).isEmpty();
  }

  @Test
  void zipsOrFoldersOfZipsWithoutSources_areSeparateSubmissions() {
    assertThat(
            SubmissionLayout.separateSubmissions(
                List.of("a1/carol.zip", "a1/alice_1/a.zip", "a1/bob_2/b.zip", "a1/readme.txt")))
        .containsExactly("a1/carol.zip", "a1/alice_1/", "a1/bob_2/");
  }

  @Test
  void oneZipBesideTheSources_isPartOfOneSubmission() {
    assertThat(
            SubmissionLayout.separateSubmissions(
                List.of("work/LIFNeuron.java", "old/backup.zip", "older/backup2.zip")))
        .isEmpty();
  }

  @Test
  void describe_namesAtMostThree() {
    assertThat(SubmissionLayout.describe(List.of("a/", "b/", "c/", "d/", "e/")))
        .isEqualTo("a/, b/, c/ and 2 more");
  }
}
