package neurograde.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import neurograde.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rubric an instructor edits is the one a run uses, and the run can say which it is. */
class RubricLocatorTest {

  private static final String SMALL =
      """
      assignment: t1
      title: "Edited"
      items:
        - {id: x, title: X, marks: 1, checks: [{id: a, marks: 1}]}
      """;

  @TempDir Path dir;

  private Path repository;
  private Path jar;
  private Path elsewhere;

  @BeforeEach
  void layOutARepository() throws IOException {
    repository = Files.createDirectories(dir.resolve("repo"));
    jar = Files.createDirectories(repository.resolve("grader/target")).resolve("grader.jar");
    Files.write(jar, new byte[] {'P', 'K'});
    elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
  }

  private static void write(Path folder, String text) throws IOException {
    Files.createDirectories(folder.resolve("rubrics"));
    Files.writeString(folder.resolve("rubrics/a1.yaml"), text);
  }

  @Test
  void rubricInTheWorkingFolder_isUsedFirst() throws IOException {
    write(elsewhere, SMALL);
    write(repository, SMALL.replace("Edited", "Repository"));

    RubricLocator.Located located = RubricLocator.locate(null, elsewhere, jar, null);

    assertThat(located.file()).contains(elsewhere.resolve("rubrics/a1.yaml"));
    assertThat(located.rubric().title()).isEqualTo("Edited");
    assertThat(located.source()).isEqualTo("rubrics" + java.io.File.separator + "a1.yaml");
  }

  @Test
  void otherwiseTheRubricOfTheRepositoryTheJarWasBuiltIn() throws IOException {
    write(repository, SMALL.replace("Edited", "Repository"));

    RubricLocator.Located located = RubricLocator.locate(null, elsewhere, jar, null);

    assertThat(located.file()).contains(repository.resolve("rubrics/a1.yaml"));
    assertThat(located.rubric().title()).isEqualTo("Repository");
  }

  @Test
  void rubricBesideTheJar_isFound_asInGradescope() throws IOException {
    Path source = Files.createDirectories(dir.resolve("autograder/source"));
    Path packaged = source.resolve("grader.jar");
    Files.write(packaged, new byte[] {'P', 'K'});
    write(source, SMALL);

    assertThat(RubricLocator.locate(null, elsewhere, packaged, null).file())
        .contains(source.resolve("rubrics/a1.yaml"));
  }

  @Test
  void rubricOption_overridesBoth() throws IOException {
    write(elsewhere, SMALL);
    Path given = dir.resolve("mine.yaml");
    Files.writeString(given, SMALL.replace("Edited", "Given"));

    RubricLocator.Located located = RubricLocator.locate(given, elsewhere, jar, null);

    assertThat(located.rubric().title()).isEqualTo("Given");
    assertThat(located.source()).isEqualTo(given.toString());
  }

  @Test
  void noRubricAnywhere_usesTheCopyBuiltIntoTheGrader_andSaysSo() {
    RubricLocator.Located located = RubricLocator.locate(null, elsewhere, jar, null);

    assertThat(located.file()).isEqualTo(Optional.empty());
    assertThat(located.rubric()).isEqualTo(RubricLoader.bundled());
    assertThat(located.source()).isEqualTo("a1.yaml (the copy built into the grader)");
  }

  @Test
  void brokenRubricThatIsFound_isAnErrorNamingIt_notSkippedForTheBuiltInCopy() throws IOException {
    write(elsewhere, "assignment: t1\ntitle X\n");

    assertThatThrownBy(() -> RubricLocator.locate(null, elsewhere, jar, List.of("a")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("rubrics" + java.io.File.separator + "a1.yaml:2: \"title X\"");
  }

  @Test
  void theRepositorysRubric_isTheOneBuiltIntoTheGrader() throws IOException {
    Path repositoryRubric = Path.of("..", "rubrics", "a1.yaml");

    assertThat(RubricLoader.read(repositoryRubric)).isEqualTo(RubricLoader.bundled());
  }
}
