package neurograde.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import neurograde.InputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmissionFinderTest {

  @TempDir Path dir;

  private Path folder(String relative) throws IOException {
    return Files.createDirectories(dir.resolve(relative));
  }

  private Path file(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "x");
  }

  @Nested
  class ClassFolder {

    @Test
    void subFoldersAndZips_areOneSubmissionEachSortedById() throws IOException {
      Path course = folder("class");
      Path carol = folder("class/carol");
      Path alice = file("class/alice.zip");
      Path bob = folder("class/bob");

      assertThat(SubmissionFinder.find(List.of(course)))
          .containsExactly(
              new SubmissionSource("alice", alice, true),
              new SubmissionSource("bob", bob, false),
              new SubmissionSource("carol", carol, false));
    }

    @Test
    void hiddenEntriesMacOsFoldersAndOtherFiles_areSkipped() throws IOException {
      Path course = folder("class");
      Path alice = folder("class/alice");
      folder("class/__MACOSX/alice");
      folder("class/.git");
      file("class/.DS_Store");
      file("class/.bob.zip");
      file("class/grades.xlsx");
      file("class/notes.txt");

      assertThat(SubmissionFinder.find(List.of(course)))
          .containsExactly(new SubmissionSource("alice", alice, false));
    }

    @Test
    void upperCaseZipExtension_isAZip() throws IOException {
      Path course = folder("class");
      Path alice = file("class/alice.ZIP");

      assertThat(SubmissionFinder.find(List.of(course)))
          .containsExactly(new SubmissionSource("alice", alice, true));
    }

    @Test
    void symbolicLinkToAFolder_isNotFollowed() throws IOException {
      Path course = folder("class");
      Path alice = folder("class/alice");
      Path elsewhere = folder("elsewhere/mallory");
      Files.createSymbolicLink(course.resolve("mallory"), elsewhere);

      assertThat(SubmissionFinder.find(List.of(course)))
          .containsExactly(new SubmissionSource("alice", alice, false));
    }

    @Test
    void folderWithNothingInIt_holdsNoSubmissions() throws IOException {
      Path empty = folder("empty");

      assertThatThrownBy(() -> SubmissionFinder.find(List.of(empty)))
          .isInstanceOf(InputException.class)
          .hasMessage(empty + ": holds no submissions (no sub-folders, zips or .java files)");
    }

    @Test
    void folderWithOnlyOtherFiles_holdsNoSubmissions() throws IOException {
      Path course = folder("class");
      file("class/README.txt");
      file("class/.DS_Store");

      assertThatThrownBy(() -> SubmissionFinder.find(List.of(course)))
          .isInstanceOf(InputException.class)
          .hasMessage(course + ": holds no submissions (no sub-folders, zips or .java files)");
    }
  }

  @Nested
  class SingleSubmission {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "pom.xml, file",
      "src, folder",
      "ANSWERS.md, file",
      "answers.md, file",
      "LIFNeuron.java, file",
      "Experiments.JAVA, file"
    })
    void folderHolding_isOneSubmission(String name, String type) throws IOException {
      Path alice = folder("alice");
      folder("alice/other");
      if (type.equals("folder")) {
        folder("alice/" + name);
      } else {
        file("alice/" + name);
      }

      assertThat(SubmissionFinder.find(List.of(alice)))
          .containsExactly(new SubmissionSource("alice", alice, false));
    }

    @Test
    void folderWithOnlySubFolders_isAClassNotASubmission() throws IOException {
      Path course = folder("alice");
      Path neurons = folder("alice/neurons");
      file("alice/neurons/LIFNeuron.java");

      assertThat(SubmissionFinder.find(List.of(course)))
          .containsExactly(new SubmissionSource("neurons", neurons, false));
    }

    @Test
    void zipGivenDirectly_isOneSubmissionNamedWithoutItsExtension() throws IOException {
      Path zip = file("uploads/Alice Smith.zip");

      assertThat(SubmissionFinder.find(List.of(zip)))
          .containsExactly(new SubmissionSource("Alice_Smith", zip, true));
    }

    @Test
    void fileThatIsNotAZip_isRefused() throws IOException {
      Path text = file("alice.txt");

      assertThatThrownBy(() -> SubmissionFinder.find(List.of(text)))
          .isInstanceOf(InputException.class)
          .hasMessage(text + ": a submission is a folder or a .zip file");
    }
  }

  @Nested
  class WholeClassInOneArchive {

    private Path zip(String name, String... entries) throws IOException {
      Path zip = dir.resolve(name);
      try (java.util.zip.ZipOutputStream out =
          new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
        for (String entry : entries) {
          out.putNextEntry(new java.util.zip.ZipEntry(entry));
          out.write("package neurons;".getBytes(java.nio.charset.StandardCharsets.UTF_8));
          out.closeEntry();
        }
      }
      return zip;
    }

    @Test
    void zipOfAClassFolder_isRefusedSayingHowToGradeIt() throws IOException {
      Path zip =
          zip(
              "class.zip",
              "A1 submissions/alice/src/main/java/neurons/LIFNeuron.java",
              "A1 submissions/alice/ANSWERS.md",
              "A1 submissions/bob/LIFNeuron.java",
              "A1 submissions/bob/Activations.java",
              "A1 submissions/carol/neurons/LIFNeuron.java",
              "A1 submissions/dave/src/main/java/neurons/LIFNeuron.java");

      assertThatThrownBy(() -> SubmissionFinder.find(List.of(zip)))
          .isInstanceOf(InputException.class)
          .hasMessage(
              zip
                  + " holds 4 students' submissions (A1 submissions/alice/, A1 submissions/bob/,"
                  + " A1 submissions/carol/ and 1 more), not one: unzip it and grade the folder"
                  + " (grade FOLDER --out DIR), which grades each as its own student");
    }

    @Test
    void zipOfStudentsZips_isRefusedToo() throws IOException {
      Path zip = zip("class.zip", "alice.zip", "bob.zip", "roster.csv");

      assertThatThrownBy(() -> SubmissionFinder.find(List.of(zip)))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(zip + " holds 2 students' submissions (alice.zip, bob.zip)");
    }

    @Test
    void studentsZipWithItsWorkInAWrappingFolder_isOneSubmission() throws IOException {
      Path zip =
          zip(
              "alice.zip",
              "Assignment1/project/src/main/java/neurons/LIFNeuron.java",
              "Assignment1/project/ANSWERS.md",
              "Assignment1/notes/LIFNeuron-old.java");

      assertThat(SubmissionFinder.find(List.of(zip)))
          .containsExactly(new SubmissionSource("alice", zip, true));
    }

    @Test
    void studentsZipSplitIntoPartsWithDifferentFiles_isOneSubmission() throws IOException {
      Path zip = zip("alice.zip", "part1/LIFNeuron.java", "part2/Activations.java");

      assertThat(SubmissionFinder.find(List.of(zip)))
          .containsExactly(new SubmissionSource("alice", zip, true));
    }

    @Test
    void unzippedClassInAWrappingFolder_isGradedStudentByStudent() throws IOException {
      Path export = folder("export");
      Path alice = folder("export/A1/alice");
      Path bob = folder("export/A1/bob");
      file("export/A1/alice/src/main/java/neurons/LIFNeuron.java");
      file("export/A1/bob/LIFNeuron.java");

      assertThat(SubmissionFinder.find(List.of(export)))
          .containsExactly(
              new SubmissionSource("alice", alice, false), new SubmissionSource("bob", bob, false));
    }

    @Test
    void unzippedLmsExportOfAZipPerStudentFolder_gradesEachZipAsItsFoldersStudent()
        throws IOException {
      Path export = folder("export");
      Path alice = file("export/Alice Archer_1001_assignsubmission_file_/a1.zip");
      Path bob = file("export/Bob Baker_1002_assignsubmission_file_/my work.zip");

      assertThat(SubmissionFinder.find(List.of(export)))
          .containsExactly(
              new SubmissionSource("Alice_Archer_1001_assignsubmission_file_", alice, true),
              new SubmissionSource("Bob_Baker_1002_assignsubmission_file_", bob, true));
    }

    @Test
    void zipOfFoldersOfZips_isRefusedLikeAnyWholeClass() throws IOException {
      Path zip = zip("export.zip", "A1/alice_1/a1.zip", "A1/bob_2/a1.zip");

      assertThatThrownBy(() -> SubmissionFinder.find(List.of(zip)))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(zip + " holds 2 students' submissions (A1/alice_1/, A1/bob_2/)");
    }

    @Test
    void linkGivenOnTheCommandLine_isFollowedAndNamesTheSubmission() throws IOException {
      Path real = folder("store/x7f3");
      file("store/x7f3/LIFNeuron.java");
      Path link = Files.createSymbolicLink(dir.resolve("alice"), real);

      assertThat(SubmissionFinder.find(List.of(link)))
          .containsExactly(new SubmissionSource("alice", real.toRealPath(), false));
    }

    @Test
    void classOfOneStudentWhoseWorkIsWrapped_staysThatStudent() throws IOException {
      Path course = folder("class");
      Path alice = folder("class/alice");
      file("class/alice/A1/src/main/java/neurons/LIFNeuron.java");

      assertThat(SubmissionFinder.find(List.of(course)))
          .containsExactly(new SubmissionSource("alice", alice, false));
    }
  }

  @Nested
  class Paths {

    @Test
    void noPaths_isRefused() {
      assertThatThrownBy(() -> SubmissionFinder.find(List.of()))
          .isInstanceOf(InputException.class)
          .hasMessage("no submissions given");
    }

    @Test
    void missingPath_isRefused() {
      Path missing = dir.resolve("no-such-class");

      assertThatThrownBy(() -> SubmissionFinder.find(List.of(missing)))
          .isInstanceOf(InputException.class)
          .hasMessage(missing + ": no such file or folder");
    }

    @Test
    void severalPaths_areMergedAndSortedById() throws IOException {
      Path course = folder("class");
      Path carol = folder("class/carol");
      Path bob = file("late/bob.zip");
      Path alice = folder("alice");
      file("alice/ANSWERS.md");

      assertThat(SubmissionFinder.find(List.of(course, bob, alice)))
          .containsExactly(
              new SubmissionSource("alice", alice, false),
              new SubmissionSource("bob", bob, true),
              new SubmissionSource("carol", carol, false));
    }

    @Test
    void folderAndZipWithTheSameId_areRefusedNamingBoth() throws IOException {
      Path course = folder("class");
      Path folder = folder("class/alice");
      Path zip = file("class/alice.zip");

      assertThatThrownBy(() -> SubmissionFinder.find(List.of(course)))
          .isInstanceOf(InputException.class)
          .hasMessage("two submissions have the id \"alice\": " + folder + " and " + zip);
    }

    @Test
    void sameIdInTwoPaths_isRefusedNamingBoth() throws IOException {
      Path course = folder("class");
      Path first = folder("class/bob");
      Path late = file("late/bob.zip");

      assertThatThrownBy(() -> SubmissionFinder.find(List.of(course, late)))
          .isInstanceOf(InputException.class)
          .hasMessage("two submissions have the id \"bob\": " + first + " and " + late);
    }

    @Test
    void namesThatSanitiseToTheSameId_areRefused() throws IOException {
      Path course = folder("class");
      Path spaced = folder("class/alice smith");
      Path underscored = folder("class/alice_smith");

      assertThatThrownBy(() -> SubmissionFinder.find(List.of(course)))
          .isInstanceOf(InputException.class)
          .hasMessage(
              "two submissions have the id \"alice_smith\": " + spaced + " and " + underscored);
    }
  }

  @Nested
  class StudentIds {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '\'',
        textBlock =
            """
        alice               | alice
        alice.zip           | alice
        alice.ZIP           | alice
        Alice Smith.zip     | Alice_Smith
        alice smith         | alice_smith
        s1234567@uni.ac.uk  | s1234567@uni.ac.uk
        a+b-c.d_e           | a+b-c.d_e
        Jos\u00e9 Garc\u00eda        | Jos\u00e9_Garc\u00eda
        Jose\u0301             | Jos\u00e9
        \u5f20\u4f1f.zip            | \u5f20\u4f1f
        alice;rm -rf        | alice_rm_-rf
        alice.zip.zip       | alice.zip
        .zip                | _
        ...                 | _...
        """)
    void name_becomesASafeId(String name, String id) {
      assertThat(SubmissionFinder.studentId(Path.of(name))).isEqualTo(id);
    }

    @Test
    void longName_isCutToAFileNameAndStaysUnique() {
      String a = SubmissionFinder.safeId("a".repeat(300));
      String b = SubmissionFinder.safeId("a".repeat(299) + "b");
      String accents = SubmissionFinder.safeId("\u00e9".repeat(200));

      assertThat(a).startsWith("aaaa").matches(".*~[0-9a-f]{10}");
      assertThat(a.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(120);
      assertThat(b).isNotEqualTo(a);
      assertThat(accents.getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .hasSizeLessThanOrEqualTo(120);
      assertThat(SubmissionFinder.safeId("a".repeat(120))).isEqualTo("a".repeat(120));
    }

    @Test
    void idsDifferingOnlyInCase_areRefused() throws IOException {
      Path course = folder("class");
      folder("class/Bob");
      folder("class/bob");

      assertThatThrownBy(() -> SubmissionFinder.find(List.of(course)))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("which differs only in case");
    }

    @Test
    void idOfAFolderInAClass_isSanitisedToo() throws IOException {
      Path course = folder("class");
      Path folder = folder("class/Alice O'Brien (late)");

      assertThat(SubmissionFinder.find(List.of(course)))
          .containsExactly(new SubmissionSource("Alice_O_Brien__late_", folder, false));
    }
  }
}
