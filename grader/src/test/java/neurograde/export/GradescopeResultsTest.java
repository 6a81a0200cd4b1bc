package neurograde.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradescopeResultsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void submissionWithMistakes_oneTestPerCheck_andManualPartsLeftToGradescope() throws IOException {
    JsonNode results = JSON.readTree(GradescopeResults.toJson(SampleBatch.bob()));

    assertThat(results)
        .isEqualTo(
            JSON.readTree(
                """
        {"score": 1.9,
         "output": "Automatic marks: 1.9 of 3.2.\\nThe manual parts (4 marks: 3a-iii, 4b) are graded by your TA in Gradescope; they are not part of this score.\\n",
         "visibility": "visible",
         "stdout_visibility": "hidden",
         "tests": [
           {"name": "1a dv/dt = (s - v) / tauM", "number": "1a", "score": 1.0, "max_score": 1.0, "status": "passed",
            "output": "", "visibility": "visible"},
           {"name": "1a ds/dt = -s / tauS", "number": "1a", "score": 0.0, "max_score": 1.0, "status": "failed",
            "output": "ds/dt used the updated s: expected -2.5, got -2.4\\nMistake: slope-uses-updated-state",
            "visibility": "visible"},
           {"name": "4b sigmoid(z)", "number": "4b", "score": 0.6, "max_score": 0.6, "status": "passed",
            "output": "", "visibility": "visible"},
           {"name": "4b tanh(z)", "number": "4b", "score": 0.3, "max_score": 0.6, "status": "failed",
            "output": "tanh(2) should be 0.964, got 0.5", "visibility": "visible"}
         ]}
        """));
  }

  @Test
  void problemsWithTheSubmission_areInTheTopLevelOutput() throws IOException {
    JsonNode results = JSON.readTree(GradescopeResults.toJson(SampleBatch.carol()));

    assertThat(results.get("score").doubleValue()).isCloseTo(0, within(Tolerance.MARKS));
    assertThat(results.get("output").textValue())
        .isEqualTo(
            """
        Automatic marks: 0 of 3.2.
        The manual parts (4 marks: 3a-iii, 4b) are graded by your TA in Gradescope; they are not part of this score.

        Problems with the submission:
        - compile: Experiments.java:12: ';' expected
        """);
    assertThat(results.get("tests")).hasSize(4);
    assertThat(results.get("tests").get(3).get("status").textValue()).isEqualTo("failed");
    assertThat(results.get("tests").get(3).get("output").textValue())
        .isEqualTo("this check did not run");
  }

  @Test
  void fieldsAreInTheSpecsOrder_andTheFileIsWrittenWhole() throws IOException {
    Path file = dir.resolve("results/results.json");

    GradescopeResults.write(file, SampleBatch.alice());

    JsonNode results = JSON.readTree(file.toFile());
    assertThat(results.fieldNames())
        .toIterable()
        .containsExactly("score", "output", "visibility", "stdout_visibility", "tests");
    assertThat(results.get("tests").get(0).fieldNames())
        .toIterable()
        .containsExactly("name", "number", "score", "max_score", "status", "output", "visibility");
    assertThat(results.get("score").doubleValue()).isCloseTo(3.2, within(Tolerance.MARKS));
    assertThat(dir.resolve("results/results.json.partial")).doesNotExist();
  }
}
