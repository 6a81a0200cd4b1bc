package neurograde.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import neurograde.score.Diagnostic;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionReaderTest {

  private static final String NEURONS = "src/main/java/neurons/";
  private static final String MIB_1 = "1048576";

  @TempDir Path dir;

  // --- building submissions ---------------------------------------------------------------

  private static String java(String className) {
    return "package neurons;\n\npublic class " + className + " {}\n";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A source of exactly {@code size} bytes in package neurons, padded with spaces. */
  private static byte[] javaOfSize(String className, int size) {
    byte[] head = utf8(java(className));
    byte[] bytes = Arrays.copyOf(head, size);
    Arrays.fill(bytes, head.length, size, (byte) ' ');
    return bytes;
  }

  private Path folder(Map<String, byte[]> files) throws IOException {
    Path root = dir.resolve("alice");
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue());
    }
    Files.createDirectories(root);
    return root;
  }

  private Path zip(Map<String, byte[]> entries) throws IOException {
    Path zip = dir.resolve("alice.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
    return zip;
  }

  private static Map<String, byte[]> files(Object... pathsAndContents) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      Object content = pathsAndContents[i + 1];
      files.put(
          (String) pathsAndContents[i], content instanceof byte[] b ? b : utf8((String) content));
    }
    return files;
  }

  private static SubmissionFiles readFolder(Path folder) {
    return SubmissionReader.read(new SubmissionSource("alice", folder, false));
  }

  private static SubmissionFiles readZip(Path zip) {
    return SubmissionReader.read(new SubmissionSource("alice", zip, true));
  }

  /** Reads the same files once as a folder and once as a zip. */
  private SubmissionFiles[] readBoth(Map<String, byte[]> files) throws IOException {
    return new SubmissionFiles[] {readFolder(folder(files)), readZip(zip(files))};
  }

  private static Diagnostic input(String file, String message) {
    return Diagnostic.at("input", file, null, message);
  }

  // --- tests ------------------------------------------------------------------------------

  @Nested
  class OrdinarySubmissions {

    @Test
    void mavenLayout_givesEverySourceSortedByNameAndTheAnswers() throws IOException {
      Map<String, byte[]> files =
          files(
              NEURONS + "SpikingNetwork.java",
              java("SpikingNetwork"),
              NEURONS + "LIFNeuron.java",
              java("LIFNeuron"),
              NEURONS + "Experiments.java",
              java("Experiments"),
              NEURONS + "Activations.java",
              java("Activations"),
              "ANSWERS.md",
              "## 4a\nReLU is not differentiable at 0.\n",
              "pom.xml",
              "<project/>");

      for (SubmissionFiles read : readBoth(files)) {
        assertThat(read.student()).isEqualTo("alice");
        assertThat(read.sources())
            .containsExactly(
                new SourceFile(NEURONS + "Activations.java", java("Activations")),
                new SourceFile(NEURONS + "Experiments.java", java("Experiments")),
                new SourceFile(NEURONS + "LIFNeuron.java", java("LIFNeuron")),
                new SourceFile(NEURONS + "SpikingNetwork.java", java("SpikingNetwork")));
        assertThat(read.answers()).isEqualTo("## 4a\nReLU is not differentiable at 0.\n");
        assertThat(read.diagnostics()).isEmpty();
      }
    }

    @Test
    void filesAnywhereInside_areFound() throws IOException {
      Map<String, byte[]> files =
          files(
              "Alice Assignment 1/code/LIFNeuron.java",
              java("LIFNeuron"),
              "Alice Assignment 1/answers.md",
              "answers");

      for (SubmissionFiles read : readBoth(files)) {
        assertThat(read.sources())
            .containsExactly(
                new SourceFile("Alice Assignment 1/code/LIFNeuron.java", java("LIFNeuron")));
        assertThat(read.answers()).isEqualTo("answers");
        assertThat(read.diagnostics()).isEmpty();
      }
    }

    @Test
    void noAnswersFile_givesNullAnswers() throws IOException {
      for (SubmissionFiles read : readBoth(files("LIFNeuron.java", java("LIFNeuron")))) {
        assertThat(read.answers()).isNull();
      }
    }

    @Test
    void severalAnswersFiles_theShallowestIsRead() throws IOException {
      Map<String, byte[]> files =
          files(
              "docs/old/ANSWERS.md", "old",
              "docs/ANSWERS.md", "current",
              "MY_ANSWERS.md", "not an answers file");

      for (SubmissionFiles read : readBoth(files)) {
        assertThat(read.answers()).isEqualTo("current");
        assertThat(read.diagnostics()).isEmpty();
      }
    }

    @Test
    void windowsSeparatorsInAZip_becomeForwardSlashes() throws IOException {
      SubmissionFiles read =
          readZip(zip(files("src\\main\\java\\neurons\\LIFNeuron.java", java("LIFNeuron"))));

      assertThat(read.sources())
          .containsExactly(new SourceFile(NEURONS + "LIFNeuron.java", java("LIFNeuron")));
    }

    @Test
    void emptyFolder_givesNothingAndNoDiagnostics() throws IOException {
      SubmissionFiles read = readFolder(folder(files()));

      assertThat(read.sources()).isEmpty();
      assertThat(read.answers()).isNull();
      assertThat(read.diagnostics()).isEmpty();
    }

    @Test
    void emptyZip_givesNothingAndNoDiagnostics() throws IOException {
      SubmissionFiles read = readZip(zip(files()));

      assertThat(read.sources()).isEmpty();
      assertThat(read.diagnostics()).isEmpty();
    }
  }

  @Nested
  class IgnoredFiles {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "src/test/java/neurons/LIFNeuronTest.java",
          "alice/src/test/java/neurons/LIFNeuron.java",
          "src/test/ANSWERS.md",
          "__MACOSX/src/main/java/neurons/LIFNeuron.java",
          "__MACOSX/ANSWERS.md",
          "src/main/java/neurons/._LIFNeuron.java",
          "target/classes/neurons/LIFNeuron.java",
          "alice/target/LIFNeuron.java",
          "build/generated/LIFNeuron.java",
          ".git/LIFNeuron.java",
          ".idea/neurons/LIFNeuron.java",
          "notes/LIFNeuron.txt",
          "pom.xml"
        })
    void file_isNeitherReadNorReported(String path) throws IOException {
      for (SubmissionFiles read : readBoth(files(path, java("LIFNeuron")))) {
        assertThat(read.sources()).isEmpty();
        assertThat(read.answers()).isNull();
        assertThat(read.diagnostics()).isEmpty();
      }
    }

    @Test
    void testSourcesNextToMainSources_leaveTheMainOnesAlone() throws IOException {
      Map<String, byte[]> files =
          files(
              NEURONS + "LIFNeuron.java",
              java("LIFNeuron"),
              "src/test/java/neurons/LIFNeuron.java",
              "package neurons; class LIFNeuron { /* a test copy */ }");

      for (SubmissionFiles read : readBoth(files)) {
        assertThat(read.sources())
            .containsExactly(new SourceFile(NEURONS + "LIFNeuron.java", java("LIFNeuron")));
        assertThat(read.diagnostics()).isEmpty();
      }
    }
  }

  @Nested
  class Duplicates {

    @Test
    void copyUnderSrcMainJavaNeurons_winsWithADiagnostic() throws IOException {
      Map<String, byte[]> files =
          files(
              "LIFNeuron.java",
              "package neurons; class LIFNeuron { /* root */ }",
              "backup/neurons/LIFNeuron.java",
              "package neurons; class LIFNeuron { /* backup */ }",
              NEURONS + "LIFNeuron.java",
              java("LIFNeuron"));

      for (SubmissionFiles read : readBoth(files)) {
        assertThat(read.sources())
            .containsExactly(new SourceFile(NEURONS + "LIFNeuron.java", java("LIFNeuron")));
        assertThat(read.diagnostics())
            .containsExactly(
                input(
                    NEURONS + "LIFNeuron.java",
                    "found 3 files named LIFNeuron.java (src/main/java/neurons/LIFNeuron.java, backup/neurons/LIFNeuron.java,"
                        + " LIFNeuron.java); graded src/main/java/neurons/LIFNeuron.java"));
      }
    }

    @Test
    void withoutAMavenLayout_aCopyInAFolderNamedNeuronsWins() throws IOException {
      Map<String, byte[]> files =
          files(
              "LIFNeuron.java",
              "package neurons; class LIFNeuron { /* root */ }",
              "code/neurons/LIFNeuron.java",
              java("LIFNeuron"));

      for (SubmissionFiles read : readBoth(files)) {
        assertThat(read.sources())
            .containsExactly(new SourceFile("code/neurons/LIFNeuron.java", java("LIFNeuron")));
        assertThat(read.diagnostics())
            .containsExactly(
                input(
                    "code/neurons/LIFNeuron.java",
                    "found 2 files named LIFNeuron.java (code/neurons/LIFNeuron.java, LIFNeuron.java); graded code/neurons/LIFNeuron.java"));
      }
    }

    @Test
    void otherwise_theShortestPathWins() throws IOException {
      Map<String, byte[]> files =
          files(
              "old/version/LIFNeuron.java",
              "package neurons; class LIFNeuron { /* old */ }",
              "LIFNeuron.java",
              java("LIFNeuron"));

      for (SubmissionFiles read : readBoth(files)) {
        assertThat(read.sources())
            .containsExactly(new SourceFile("LIFNeuron.java", java("LIFNeuron")));
        assertThat(read.diagnostics())
            .containsExactly(
                input(
                    "LIFNeuron.java",
                    "found 2 files named LIFNeuron.java (LIFNeuron.java, old/version/LIFNeuron.java); graded LIFNeuron.java"));
      }
    }
  }

  @Nested
  class Packages {

    @Test
    void fileInAnotherPackage_isRefusedWithADiagnostic() throws IOException {
      Map<String, byte[]> files =
          files(
              NEURONS + "LIFNeuron.java",
              "package lif;\nclass LIFNeuron {}\n",
              NEURONS + "Activations.java",
              java("Activations"));

      for (SubmissionFiles read : readBoth(files)) {
        assertThat(read.sources())
            .containsExactly(new SourceFile(NEURONS + "Activations.java", java("Activations")));
        assertThat(read.diagnostics())
            .containsExactly(
                input(
                    NEURONS + "LIFNeuron.java",
                    "src/main/java/neurons/LIFNeuron.java is in package lif, not package neurons; it was not graded."
                        + " Start the file with `package neurons;`."));
      }
    }

    @Test
    void fileInTheDefaultPackage_isRefusedWithADiagnostic() throws IOException {
      for (SubmissionFiles read :
          readBoth(files("LIFNeuron.java", "public class LIFNeuron {}\n"))) {
        assertThat(read.sources()).isEmpty();
        assertThat(read.diagnostics())
            .containsExactly(
                input(
                    "LIFNeuron.java",
                    "LIFNeuron.java is in the default package, not package neurons; it was not graded."
                        + " Start the file with `package neurons;`."));
      }
    }

    @Test
    void preferredDuplicateInTheWrongPackage_isRefusedAndTheOtherCopyIsNotUsed()
        throws IOException {
      Map<String, byte[]> files =
          files(
              NEURONS + "LIFNeuron.java",
              "package lif;\nclass LIFNeuron {}\n",
              "LIFNeuron.java",
              java("LIFNeuron"));

      for (SubmissionFiles read : readBoth(files)) {
        assertThat(read.sources()).isEmpty();
        assertThat(read.diagnostics())
            .containsExactly(
                input(
                    NEURONS + "LIFNeuron.java",
                    "found 2 files named LIFNeuron.java (src/main/java/neurons/LIFNeuron.java,"
                        + " LIFNeuron.java); graded src/main/java/neurons/LIFNeuron.java"),
                input(
                    NEURONS + "LIFNeuron.java",
                    "src/main/java/neurons/LIFNeuron.java is in package lif, not package neurons;"
                        + " it was not graded. Start the file with `package neurons;`."));
      }
    }
  }

  @Nested
  class Encodings {

    private static final String ACCENTED =
        "package neurons;\n// Caf\u00e9 \u20ac5, na\u00efve\npublic class LIFNeuron {}\n";

    @Test
    void utf8Source_isReadAsIs() throws IOException {
      for (SubmissionFiles read : readBoth(files(NEURONS + "LIFNeuron.java", utf8(ACCENTED)))) {
        assertThat(read.sources())
            .containsExactly(new SourceFile(NEURONS + "LIFNeuron.java", ACCENTED));
        assertThat(read.diagnostics()).isEmpty();
      }
    }

    @Test
    void byteOrderMark_isDropped() throws IOException {
      byte[] bytes = utf8("\uFEFF" + ACCENTED);

      for (SubmissionFiles read : readBoth(files(NEURONS + "LIFNeuron.java", bytes))) {
        assertThat(read.sources())
            .containsExactly(new SourceFile(NEURONS + "LIFNeuron.java", ACCENTED));
        assertThat(read.diagnostics()).isEmpty();
      }
    }

    @Test
    void windows1252Source_isReadAsWindows1252WithAnInputDiagnostic() throws IOException {
      byte[] bytes = ACCENTED.getBytes(Charset.forName("windows-1252"));

      for (SubmissionFiles read : readBoth(files(NEURONS + "LIFNeuron.java", bytes))) {
        assertThat(read.sources())
            .containsExactly(new SourceFile(NEURONS + "LIFNeuron.java", ACCENTED));
        assertThat(read.diagnostics())
            .containsExactly(
                input(
                    NEURONS + "LIFNeuron.java",
                    "src/main/java/neurons/LIFNeuron.java is not UTF-8 text; it was read as Windows-1252. Save your files as UTF-8."));
      }
    }

    @Test
    void windows1252Answers_areReadWithAnInputDiagnostic() throws IOException {
      byte[] bytes =
          "## 4a\nf'(0) n'existe pas (d\u00e9riv\u00e9e)\n"
              .getBytes(Charset.forName("windows-1252"));

      for (SubmissionFiles read : readBoth(files("ANSWERS.md", bytes))) {
        assertThat(read.answers()).isEqualTo("## 4a\nf'(0) n'existe pas (d\u00e9riv\u00e9e)\n");
        assertThat(read.diagnostics())
            .containsExactly(
                input(
                    "ANSWERS.md",
                    "ANSWERS.md is not UTF-8 text; it was read as Windows-1252. Save your files as UTF-8."));
      }
    }

    @Test
    void emptySource_isPassedOnForTheCompilerToReportAsEmpty() throws IOException {
      for (SubmissionFiles read : readBoth(files(NEURONS + "LIFNeuron.java", new byte[0]))) {
        assertThat(read.sources())
            .extracting(SourceFile::path)
            .containsExactly(NEURONS + "LIFNeuron.java");
        assertThat(read.sources().get(0).text()).isEmpty();
        assertThat(read.diagnostics()).isEmpty();
      }
    }

    @Test
    void emptyAnswers_areAnEmptyTextNotNull() throws IOException {
      for (SubmissionFiles read : readBoth(files("ANSWERS.md", new byte[0]))) {
        assertThat(read.answers()).isEmpty();
        assertThat(read.diagnostics()).isEmpty();
      }
    }
  }

  @Nested
  class UnsafeZips {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "../LIFNeuron.java",
          "../../home/ta/neurons/LIFNeuron.java",
          "src/main/java/neurons/../../../../../LIFNeuron.java",
          "..\\..\\LIFNeuron.java"
        })
    void zipSlipEntry_isRefusedWithADiagnostic(String name) throws IOException {
      String normalised = name.replace('\\', '/');

      SubmissionFiles read = readZip(zip(files(name, java("LIFNeuron"))));

      assertThat(read.sources()).isEmpty();
      assertThat(read.diagnostics())
          .containsExactly(
              input(
                  normalised,
                  normalised
                      + " climbs out of the submission with '..' (zip slip); it was not graded"));
      assertThat(dir.resolveSibling("LIFNeuron.java")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "/etc/neurons/LIFNeuron.java",
          "/LIFNeuron.java",
          "C:/Users/alice/LIFNeuron.java",
          "c:\\LIFNeuron.java"
        })
    void absolutePathEntry_isRefusedWithADiagnostic(String name) throws IOException {
      String normalised = name.replace('\\', '/');

      SubmissionFiles read = readZip(zip(files(name, java("LIFNeuron"))));

      assertThat(read.sources()).isEmpty();
      assertThat(read.diagnostics())
          .containsExactly(
              input(
                  normalised,
                  normalised
                      + " has an absolute path; zip entries must be relative; it was not graded"));
    }

    @Test
    void refusedEntries_doNotStopTheSafeOnesFromBeingRead() throws IOException {
      Map<String, byte[]> entries =
          files(
              "../Activations.java",
              java("Activations"),
              NEURONS + "LIFNeuron.java",
              java("LIFNeuron"));

      SubmissionFiles read = readZip(zip(entries));

      assertThat(read.sources())
          .containsExactly(new SourceFile(NEURONS + "LIFNeuron.java", java("LIFNeuron")));
      assertThat(read.diagnostics())
          .extracting(Diagnostic::file)
          .containsExactly("../Activations.java");
    }

    @Test
    void symbolicLinkEntry_isRefusedWithADiagnostic() throws IOException {
      Path zip = dir.resolve("alice.zip");
      try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
        ZipArchiveEntry link = new ZipArchiveEntry(NEURONS + "LIFNeuron.java");
        link.setUnixMode(UnixStat.LINK_FLAG | 0777);
        out.putArchiveEntry(link);
        out.write(utf8("/etc/passwd"));
        out.closeArchiveEntry();
      }

      SubmissionFiles read = readZip(zip);

      assertThat(read.sources()).isEmpty();
      assertThat(read.diagnostics())
          .containsExactly(
              input(
                  NEURONS + "LIFNeuron.java",
                  "src/main/java/neurons/LIFNeuron.java is a symbolic link; the grader does not follow links; it was not graded"));
    }

    @Test
    void entryOfExactlyTheCap_isRead() throws IOException {
      byte[] bytes = javaOfSize("LIFNeuron", SubmissionReader.MAX_FILE_BYTES);

      SubmissionFiles read = readZip(zip(files(NEURONS + "LIFNeuron.java", bytes)));

      assertThat(read.sources())
          .extracting(SourceFile::path)
          .containsExactly(NEURONS + "LIFNeuron.java");
      assertThat(read.diagnostics()).isEmpty();
    }

    @Test
    void entryDeclaredOverTheCap_isRefusedWithItsSize() throws IOException {
      byte[] bytes = javaOfSize("LIFNeuron", SubmissionReader.MAX_FILE_BYTES + 1);

      SubmissionFiles read = readZip(zip(files(NEURONS + "LIFNeuron.java", bytes)));

      assertThat(read.sources()).isEmpty();
      assertThat(read.diagnostics())
          .containsExactly(
              input(
                  NEURONS + "LIFNeuron.java",
                  "src/main/java/neurons/LIFNeuron.java is 1048577 bytes; files over "
                      + MIB_1
                      + " bytes are not read; it was not graded"));
    }

    @Test
    void entryExpandingBeyondTheCapAlthoughItsHeaderClaimsLess_isRefused() throws IOException {
      byte[] bomb = javaOfSize("LIFNeuron", 8 * SubmissionReader.MAX_FILE_BYTES);
      Path zip = zip(files(NEURONS + "LIFNeuron.java", bomb, "ANSWERS.md", "answers"));
      lieAboutUncompressedSizes(zip, 100);
      try (ZipFile check = ZipFile.builder().setPath(zip).get()) {
        assertThat(check.getEntry(NEURONS + "LIFNeuron.java").getSize())
            .as("the fixture's declared size")
            .isEqualTo(100);
      }

      SubmissionFiles read = readZip(zip);

      assertThat(read.sources()).isEmpty();
      assertThat(read.answers()).isEqualTo("answers");
      assertThat(read.diagnostics())
          .containsExactly(
              input(
                  NEURONS + "LIFNeuron.java",
                  "src/main/java/neurons/LIFNeuron.java expands to more than "
                      + MIB_1
                      + " bytes; it was not graded"));
    }

    @Test
    void fileThatIsNotAZip_givesOneInputDiagnostic() throws IOException {
      Path zip = Files.writeString(dir.resolve("alice.zip"), "This is a Word document, honest.");

      SubmissionFiles read = readZip(zip);

      assertThat(read.sources()).isEmpty();
      assertThat(read.answers()).isNull();
      assertThat(read.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo("input");
                assertThat(d.file()).isNull();
                assertThat(d.line()).isNull();
                assertThat(d.message())
                    .startsWith("the zip could not be read (")
                    .endsWith("); is it a zip file?");
              });
    }

    @Test
    void emptyFileNamedZip_givesOneInputDiagnostic() throws IOException {
      Path zip = Files.write(dir.resolve("alice.zip"), new byte[0]);

      assertThat(readZip(zip).diagnostics())
          .singleElement()
          .satisfies(
              d ->
                  assertThat(d.message())
                      .startsWith("the zip could not be read (")
                      .endsWith("); is it a zip file?"));
    }

    @Test
    void truncatedZip_givesOneInputDiagnostic() throws IOException {
      Path zip = zip(files(NEURONS + "LIFNeuron.java", java("LIFNeuron"), "ANSWERS.md", "answers"));
      byte[] bytes = Files.readAllBytes(zip);
      Files.write(zip, Arrays.copyOf(bytes, bytes.length / 2));

      SubmissionFiles read = readZip(zip);

      assertThat(read.sources()).isEmpty();
      assertThat(read.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo("input");
                assertThat(d.message())
                    .startsWith("the zip could not be read (")
                    .endsWith("); is it a zip file?");
              });
    }

    @Test
    void tooManyEntries_stopsReadingWithOneDiagnostic() throws IOException {
      Map<String, byte[]> entries = new LinkedHashMap<>();
      for (int i = 0; i < SubmissionReader.MAX_ENTRIES; i++) {
        entries.put("junk/" + i + ".txt", new byte[0]);
      }
      entries.put(NEURONS + "LIFNeuron.java", utf8(java("LIFNeuron")));

      SubmissionFiles read = readZip(zip(entries));

      assertThat(read.sources()).isEmpty();
      assertThat(read.diagnostics())
          .containsExactly(
              Diagnostic.of(
                  "input", "the submission has more than 10000 files; only the first were read"));
    }

    @Test
    void zipOfAHundredThousandEntries_isReadAsAStreamUpToTheLimit() throws IOException {
      Map<String, byte[]> entries = new LinkedHashMap<>();
      entries.put(NEURONS + "LIFNeuron.java", utf8(java("LIFNeuron")));
      for (int i = 0; i < 100_000; i++) {
        entries.put("junk/" + i + ".txt", new byte[0]);
      }
      Path zip = zip(entries);
      assertThat(Files.size(zip)).isGreaterThan(ZipEntries.DIRECTORY_LIMIT);

      SubmissionFiles read = readZip(zip);

      assertThat(read.sources()).extracting(SourceFile::fileName).containsExactly("LIFNeuron.java");
      assertThat(read.diagnostics())
          .containsExactly(
              Diagnostic.of(
                  "input", "the submission has more than 10000 files; only the first were read"));
    }

    @Test
    void filesAddingUpToMoreThanTheBudget_stopReadingWithOneDiagnostic() throws IOException {
      Map<String, byte[]> entries = new LinkedHashMap<>();
      int full = (int) (SubmissionReader.MAX_TOTAL_BYTES / SubmissionReader.MAX_FILE_BYTES);
      for (int i = 0; i <= full; i++) {
        entries.put(
            NEURONS + "Big" + i + ".java", javaOfSize("Big" + i, SubmissionReader.MAX_FILE_BYTES));
      }
      entries.put(NEURONS + "LIFNeuron.java", utf8(java("LIFNeuron")));

      SubmissionFiles read = readZip(zip(entries));

      assertThat(read.sources())
          .hasSize(full)
          .extracting(SourceFile::fileName)
          .doesNotContain("Big" + full + ".java", "LIFNeuron.java");
      assertThat(read.diagnostics())
          .containsExactly(
              Diagnostic.of(
                  "input",
                  "the submission's files add up to more than 16777216 bytes; the rest were not read"));
    }

    @Test
    void smallFileAfterTheBudgetIsSpent_isNotReadEither() throws IOException {
      // 16 files just under the cap leave 16 KiB of the budget: too little for the next big file,
      // enough for the small one after it. The diagnostic says "the rest were not read".
      Map<String, byte[]> entries = new LinkedHashMap<>();
      int full = (int) (SubmissionReader.MAX_TOTAL_BYTES / SubmissionReader.MAX_FILE_BYTES);
      for (int i = 0; i < full; i++) {
        entries.put(
            NEURONS + "Big" + i + ".java",
            javaOfSize("Big" + i, SubmissionReader.MAX_FILE_BYTES - 1024));
      }
      entries.put(
          NEURONS + "Overflow.java", javaOfSize("Overflow", SubmissionReader.MAX_FILE_BYTES));
      entries.put(NEURONS + "LIFNeuron.java", utf8(java("LIFNeuron")));

      SubmissionFiles read = readZip(zip(entries));

      assertThat(read.sources())
          .hasSize(full)
          .extracting(SourceFile::fileName)
          .doesNotContain("Overflow.java", "LIFNeuron.java");
      assertThat(read.diagnostics())
          .containsExactly(
              Diagnostic.of(
                  "input",
                  "the submission's files add up to more than 16777216 bytes; the rest were not read"));
    }

    @Test
    void missingZip_givesOneInputDiagnostic() {
      SubmissionFiles read = readZip(dir.resolve("gone.zip"));

      assertThat(read.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo("input");
                assertThat(d.message())
                    .startsWith("the zip could not be read (")
                    .contains("gone.zip");
              });
    }
  }

  @Nested
  class UnsafeFolders {

    @Test
    void symbolicLinkToAFile_isRefusedWithADiagnostic() throws IOException {
      Path root = folder(files(NEURONS + "Activations.java", java("Activations")));
      Path secret =
          Files.writeString(
              dir.resolve("secret.java"),
              "package neurons; class LIFNeuron { /* the TA's solution */ }");
      Files.createSymbolicLink(root.resolve(NEURONS + "LIFNeuron.java"), secret);

      SubmissionFiles read = readFolder(root);

      assertThat(read.sources())
          .containsExactly(new SourceFile(NEURONS + "Activations.java", java("Activations")));
      assertThat(read.diagnostics())
          .containsExactly(
              input(
                  NEURONS + "LIFNeuron.java",
                  "src/main/java/neurons/LIFNeuron.java is a symbolic link; the grader does not follow links; it was not graded"));
    }

    @Test
    void symbolicLinkToAFolder_isNotFollowed() throws IOException {
      Path outside = Files.createDirectories(dir.resolve("solutions/neurons"));
      Files.writeString(
          outside.resolve("LIFNeuron.java"),
          "package neurons; class LIFNeuron { /* the TA's solution */ }");
      Path root = folder(files("ANSWERS.md", "answers"));
      Files.createDirectories(root.resolve("src/main/java"));
      Files.createSymbolicLink(root.resolve("src/main/java/neurons"), outside);

      SubmissionFiles read = readFolder(root);

      assertThat(read.sources()).isEmpty();
      assertThat(read.answers()).isEqualTo("answers");
    }

    @Test
    void submissionFolderThatIsALink_isNotFollowed() throws IOException {
      Path real = folder(files(NEURONS + "LIFNeuron.java", java("LIFNeuron")));
      Path link = Files.createSymbolicLink(dir.resolve("mallory"), real);

      SubmissionFiles read = readFolder(link);

      assertThat(read.sources()).isEmpty();
      assertThat(read.diagnostics())
          .containsExactly(
              input(
                  "mallory",
                  "mallory is a symbolic link; the grader does not follow links; it was not graded"));
    }

    @Test
    void fileOfExactlyTheCap_isRead() throws IOException {
      Path root =
          folder(
              files(
                  NEURONS + "LIFNeuron.java",
                  javaOfSize("LIFNeuron", SubmissionReader.MAX_FILE_BYTES)));

      SubmissionFiles read = readFolder(root);

      assertThat(read.sources())
          .extracting(SourceFile::path)
          .containsExactly(NEURONS + "LIFNeuron.java");
      assertThat(read.diagnostics()).isEmpty();
    }

    @Test
    void fileOverTheCap_isRefusedWithItsSize() throws IOException {
      Path root =
          folder(
              files(
                  NEURONS + "LIFNeuron.java",
                  javaOfSize("LIFNeuron", 3 * SubmissionReader.MAX_FILE_BYTES)));

      SubmissionFiles read = readFolder(root);

      assertThat(read.sources()).isEmpty();
      assertThat(read.diagnostics())
          .containsExactly(
              input(
                  NEURONS + "LIFNeuron.java",
                  "src/main/java/neurons/LIFNeuron.java is 3145728 bytes; files over "
                      + MIB_1
                      + " bytes are not read; it was not graded"));
    }

    @Test
    void missingFolder_givesOneInputDiagnostic() {
      Path gone = dir.resolve("gone");

      SubmissionFiles read = readFolder(gone);

      assertThat(read.sources()).isEmpty();
      assertThat(read.diagnostics())
          .containsExactly(Diagnostic.of("input", "the submission could not be read: " + gone));
    }
  }

  // --- a zip whose headers lie --------------------------------------------------------------

  /**
   * Rewrites the uncompressed size that a zip's central directory gives for every entry, leaving
   * the compressed data as it is. The central directory is what {@link ZipFile} trusts.
   */
  private static void lieAboutUncompressedSizes(Path zip, int declared) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
    int end = bytes.limit() - 22; // end of central directory record, no comment
    assertThat(bytes.getInt(end)).as("end of central directory signature").isEqualTo(0x06054b50);
    int entries = Short.toUnsignedInt(bytes.getShort(end + 10));
    int header = bytes.getInt(end + 16);
    for (int e = 0; e < entries; e++) {
      assertThat(bytes.getInt(header))
          .as("central directory header signature")
          .isEqualTo(0x02014b50);
      bytes.putInt(header + 24, declared);
      header +=
          46
              + Short.toUnsignedInt(bytes.getShort(header + 28))
              + Short.toUnsignedInt(bytes.getShort(header + 30))
              + Short.toUnsignedInt(bytes.getShort(header + 32));
    }
    try (OutputStream out = Files.newOutputStream(zip)) {
      out.write(bytes.array());
    }
  }
}
