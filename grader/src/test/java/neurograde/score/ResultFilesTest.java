package neurograde.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import neurograde.InputException;
import neurograde.score.SubmissionResult.Timings;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {

  @TempDir Path dir;

  /**
   * A result with every kind of item, a check with and without a mistake, and both kinds of
   * diagnostic.
   */
  private static SubmissionResult result() {
    return new SubmissionResult(
        "alice",
        "Alice Liddell",
        41.5,
        47,
        List.of(
            new ItemResult("1b", "LIFNeuron.step", "auto", 5.0, 7, 5.0, 7.0, null, null),
            new ItemResult(
                "3c-iii", "Effect of inhibition", "manual", null, 1, null, null, null, 1.0),
            new ItemResult("4b", "Activation functions", "mixed", 5.4, 6, 2.4, 3.0, 3.0, 3.0)),
        List.of(
            new CheckResult(
                "step.interpolation",
                "1b",
                "Spike time by linear interpolation",
                false,
                0.0,
                1.0,
                "failed",
                "spike time is not interpolated: spike at 0.302 s, expected 0.30128776978417265 s",
                "spike-time-not-interpolated",
                "v = 0.98\n"),
            new CheckResult(
                "act.sigmoid", "4b", "sigmoid(z)", true, 0.6, 0.6, "passed", "", null, null),
            new CheckResult(
                "act.tanh",
                "4b",
                "tanh(z)",
                false,
                1.0 / 3,
                0.6,
                "failed",
                "caf\u00e9 \u2264 \"quoted\"",
                null,
                null)),
        List.of("spike-time-not-interpolated"),
        List.of(
            Diagnostic.at("compile", "src/main/java/neurons/Experiments.java", 12, "';' expected"),
            Diagnostic.of("timeout", "step.refractory: did not finish within 2.0 s")),
        new Timings(40, 7, 120));
  }

  @Nested
  class RoundTrip {

    @Test
    void resultWrittenAndReadBack_isEqual() throws IOException {
      Path file = ResultFiles.fileOf(dir, "alice");

      ResultFiles.write(file, result());

      assertThat(ResultFiles.read(file)).isEqualTo(result());
    }

    @Test
    void resultWithoutANameOrDiagnostics_roundTrips() throws IOException {
      SubmissionResult plain =
          new SubmissionResult(
              "bob", null, 0, 47, List.of(), List.of(), List.of(), List.of(), new Timings(0, 0, 0));
      Path file = ResultFiles.fileOf(dir, "bob");

      ResultFiles.write(file, plain);

      assertThat(ResultFiles.read(file)).isEqualTo(plain);
    }

    @Test
    void doubles_readBackBitForBit() throws IOException {
      Path file = ResultFiles.fileOf(dir, "alice");

      ResultFiles.write(file, result());

      // Jackson prints the shortest text that reads back to the same double: exact.
      assertThat(ResultFiles.read(file).check("act.tanh").score()).isEqualTo(1.0 / 3);
    }

    @Test
    void unknownFieldsFromANewerGrader_areIgnored() throws IOException {
      Path file = dir.resolve("alice.json");
      Files.writeString(
          file, ResultFiles.toJson(result()).replaceFirst("\\{", "{\"reportVersion\": 2, "));

      assertThat(ResultFiles.read(file)).isEqualTo(result());
    }
  }

  @Nested
  class JsonShape {

    private final JsonNode json = parse(ResultFiles.toJson(result()));

    private static JsonNode parse(String text) {
      try {
        return new ObjectMapper().readTree(text);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }

    @Test
    void topLevel_hasTheFieldsOfSpecSection41() {
      assertThat(json.fieldNames())
          .toIterable()
          .containsExactlyInAnyOrder(
              "student",
              "name",
              "score",
              "maxScore",
              "items",
              "checks",
              "mistakes",
              "diagnostics",
              "timings");
      assertThat(json.get("student").asText()).isEqualTo("alice");
      assertThat(json.get("score").isNumber()).isTrue();
      assertThat(json.get("maxScore").asDouble()).isEqualTo(47.0);
      assertThat(json.get("mistakes")).hasSize(1);
    }

    @Test
    void autoItem_carriesAutoScoreAndAutoMaxButNoManualPart() {
      JsonNode item = json.get("items").get(0);

      assertThat(item.fieldNames())
          .toIterable()
          .containsExactly("id", "title", "kind", "score", "max", "autoScore", "autoMax");
      assertThat(item.get("kind").asText()).isEqualTo("auto");
    }

    @Test
    void pendingManualItem_hasANullScoreAndNoAutoPart() {
      JsonNode item = json.get("items").get(1);

      assertThat(item.fieldNames())
          .toIterable()
          .containsExactly("id", "title", "kind", "score", "max", "manualMax");
      assertThat(item.get("score").isNull()).isTrue();
    }

    @Test
    void checkWithoutAMistakeOrOutput_leavesThemOut() {
      assertThat(json.get("checks").get(0).has("mistake")).isTrue();
      assertThat(json.get("checks").get(1).fieldNames())
          .toIterable()
          .containsExactly("id", "item", "title", "passed", "score", "max", "status", "message");
    }

    @Test
    void diagnosticAboutTheWholeSubmission_hasNoFileOrLine() {
      assertThat(json.get("diagnostics").get(0).fieldNames())
          .toIterable()
          .containsExactly("kind", "file", "line", "message");
      assertThat(json.get("diagnostics").get(1).fieldNames())
          .toIterable()
          .containsExactly("kind", "message");
    }

    @Test
    void missingName_isLeftOut() {
      assertThat(parse(ResultFiles.toJson(result().withName(null))).has("name")).isFalse();
    }

    @Test
    void text_endsWithANewline() {
      assertThat(ResultFiles.toJson(result())).endsWith("}\n");
    }
  }

  @Nested
  class AtomicWrite {

    @Test
    void fileOf_isTheStudentsJsonFileInTheFolder() {
      assertThat(ResultFiles.fileOf(dir, "alice")).isEqualTo(dir.resolve("alice.json"));
    }

    @Test
    void write_leavesOnlyTheResultFile() throws IOException {
      ResultFiles.write(dir.resolve("alice.json"), result());

      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).containsExactly(dir.resolve("alice.json"));
      }
      assertThat(dir.resolve("alice.json.partial")).doesNotExist();
    }

    @Test
    void write_createsMissingFolders() throws IOException {
      Path file = dir.resolve("out/results/alice.json");

      ResultFiles.write(file, result());

      assertThat(ResultFiles.read(file)).isEqualTo(result());
    }

    @Test
    void write_replacesAnEarlierResult() throws IOException {
      Path file = dir.resolve("alice.json");
      ResultFiles.write(file, result().withName("Old Name"));

      ResultFiles.write(file, result());

      assertThat(ResultFiles.read(file)).isEqualTo(result());
    }

    @Test
    void partialFileLeftByAKilledGrader_isReplacedAndGone() throws IOException {
      Path file = dir.resolve("alice.json");
      Files.writeString(dir.resolve("alice.json.partial"), "{\"student\": \"ali");

      ResultFiles.write(file, result());

      assertThat(ResultFiles.read(file)).isEqualTo(result());
      assertThat(dir.resolve("alice.json.partial")).doesNotExist();
    }

    @Test
    void writeAtomically_writesTheTextAsUtf8() throws IOException {
      Path file = dir.resolve("answers/alice.md");

      ResultFiles.writeAtomically(file, "## 4a\nf'(0) n'existe pas \u2014 caf\u00e9\n");

      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .isEqualTo("## 4a\nf'(0) n'existe pas \u2014 caf\u00e9\n");
      assertThat(dir.resolve("answers/alice.md.partial")).doesNotExist();
    }
  }

  @Nested
  class Reading {

    @Test
    void fileThatIsNotJson_isReportedAsNotAResultFile() throws IOException {
      Path file = Files.writeString(dir.resolve("alice.json"), "<html>");

      assertThatThrownBy(() -> ResultFiles.read(file))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(file + ": not a result file: ");
    }

    @Test
    void truncatedJson_isReportedAsNotAResultFile() throws IOException {
      String json = ResultFiles.toJson(result());
      Path file =
          Files.writeString(dir.resolve("alice.json"), json.substring(0, json.length() / 2));

      assertThatThrownBy(() -> ResultFiles.read(file))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(file + ": not a result file: ")
          .hasMessageNotContaining("\n");
    }

    @Test
    void missingFile_isReportedNamingIt() {
      Path file = dir.resolve("nobody.json");

      assertThatThrownBy(() -> ResultFiles.read(file))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(file + ": not a result file: ");
    }
  }
}
