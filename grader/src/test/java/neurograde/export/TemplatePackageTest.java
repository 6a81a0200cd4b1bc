package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import neurograde.InputException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatePackageTest {

  private static final Path REPOSITORY_TEMPLATE = Path.of("..", "student-template");

  @TempDir Path dir;

  /** A copy of the repository's template, with what a student's build and editor leave. */
  private Path builtTemplate() throws IOException {
    Path copy = dir.resolve("student-template");
    for (var file : TemplatePackage.fromFolder(REPOSITORY_TEMPLATE, "t").files().entrySet()) {
      Path target = copy.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
    for (String junk :
        new String[] {
          "target/classes/neurons/LIFNeuron.class",
          "target/surefire-reports/x.txt",
          ".idea/workspace.xml",
          "student-template.iml",
          "src/main/java/neurons/.DS_Store",
          "src/main/java/neurons/Old.class"
        }) {
      Path target = copy.resolve(junk);
      Files.createDirectories(target.getParent());
      Files.writeString(target, "junk");
    }
    return copy;
  }

  @Test
  void folder_isReadWithoutBuildOutputOrEditorSettings() throws IOException {
    TemplatePackage.Template template =
        TemplatePackage.fromFolder(builtTemplate(), "student-template");

    assertThat(template.files().keySet())
        .contains(
            "README.md",
            "pom.xml",
            "src/main/java/neurons/LIFNeuron.java",
            "src/test/java/neurons/LIFNeuronSelfCheckTest.java")
        .noneMatch(name -> name.startsWith("target/") || name.startsWith(".idea/"))
        .noneMatch(name -> name.endsWith(".class") || name.endsWith(".iml"))
        .noneMatch(name -> name.endsWith(".DS_Store"));
  }

  @Test
  void zip_holdsEveryFileInOneTopFolder() throws IOException {
    TemplatePackage.Template template =
        TemplatePackage.fromFolder(builtTemplate(), "student-template");
    Path zip = dir.resolve("modelling-neurons.zip");

    TemplatePackage.write(zip, template, "modelling-neurons");

    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      assertThat(Collections.list(file.getEntries()))
          .extracting(ZipArchiveEntry::getName)
          .containsExactlyElementsOf(
              template.files().keySet().stream().map(n -> "modelling-neurons/" + n).toList());
      ZipArchiveEntry readme = file.getEntry("modelling-neurons/README.md");
      assertThat(file.getInputStream(readme).readAllBytes())
          .isEqualTo(template.files().get("README.md"));
      assertThat(readme.getUnixMode() & 0777).isEqualTo(0644);
    }
  }

  @Test
  void bundledCopy_isTheRepositorysTemplate() {
    assertThat(TemplatePackage.bundled().files().keySet())
        .containsExactlyElementsOf(
            TemplatePackage.fromFolder(REPOSITORY_TEMPLATE, "t").files().keySet());
    assertThat(TemplatePackage.bundled().source())
        .isEqualTo("student-template (the copy built into the grader)");
  }

  @Test
  void repositorysTemplate_isNotSolved() {
    TemplatePackage.checkNotSolved(TemplatePackage.fromFolder(REPOSITORY_TEMPLATE, "t"));
  }

  @Test
  void templateWithSolutionMarkers_isRefused() throws IOException {
    Path template = builtTemplate();
    Path neuron = template.resolve("src/main/java/neurons/LIFNeuron.java");
    Files.writeString(neuron, "//! BEGIN SOLUTION\n" + Files.readString(neuron));

    assertThatThrownBy(
            () ->
                TemplatePackage.checkNotSolved(
                    TemplatePackage.fromFolder(template, "student-template")))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "student-template/src/main/java/neurons/LIFNeuron.java: holds the reference's"
                + " solution markers (//!); make the template again with java"
                + " reference/src/test/java/coursetools/SolutionStripper.java");
  }

  @Test
  void templateWhoseSourceWasFilledIn_isRefused() throws IOException {
    Path template = builtTemplate();
    // The reference's bodies without its markers: a template someone solved to try it.
    String solved =
        Files.readString(
                Path.of("..", "reference", "src", "main", "java", "neurons", "Activations.java"))
            .lines()
            .filter(line -> !line.contains("//!"))
            .collect(java.util.stream.Collectors.joining("\n"));
    Files.writeString(template.resolve("src/main/java/neurons/Activations.java"), solved);

    assertThatThrownBy(
            () ->
                TemplatePackage.checkNotSolved(
                    TemplatePackage.fromFolder(template, "student-template")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            "student-template/src/main/java/neurons/Activations.java: differs from the template"
                + " the grader was built with;");
  }

  @Test
  void folderWithoutPom_isRefused() {
    assertThatThrownBy(() -> TemplatePackage.fromFolder(dir, "somewhere"))
        .isInstanceOf(InputException.class)
        .hasMessage("somewhere: not a student template (no pom.xml in it)");
  }

  @Test
  void buildOutput_isRecognisedAtAnyDepth() {
    assertThat(TemplatePackage.isBuildOutput("target/x.txt")).isTrue();
    assertThat(TemplatePackage.isBuildOutput("src/main/java/bin/A.java")).isTrue();
    assertThat(TemplatePackage.isBuildOutput("src/main/java/neurons/A.class")).isTrue();
    assertThat(TemplatePackage.isBuildOutput("src/main/java/neurons/A.java")).isFalse();
    assertThat(TemplatePackage.isBuildOutput("README.md")).isFalse();
  }
}
