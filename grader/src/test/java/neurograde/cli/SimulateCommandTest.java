package neurograde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Cli.commandLine();
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void validNetwork_writesTraceAndPlot() throws IOException {
    Path trace = dir.resolve("out/trace.json");
    Path plot = dir.resolve("out/plot.png");

    int code =
        run(
            "simulate",
            "src/test/resources/networks/q2.json",
            "--out",
            trace.toString(),
            "--plot",
            plot.toString());

    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(trace.toFile());
    assertThat(json.get("neurons").get(0).get("spikes")).hasSize(36);
    assertThat(Files.size(plot)).isGreaterThan(1000);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void malformedNetwork_oneLineErrorAndExitCode2() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"dt\": 0.001, \"duration\": 1,\n \"neurons\": [{\"type\": \"lif\"}],\n \"connections\": [[0, 4, 1]]}");

    int code = run("simulate", bad.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "grader simulate: "
                + bad
                + ":3: connections[0][1]: neuron index 4 is out of range; the network has neurons 0 to 0")
        .doesNotContain("Exception");
  }

  @Test
  void missingFile_exitCode2() {
    assertThat(run("simulate", dir.resolve("none.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("none.json: no such file");
  }

  @Test
  void plotWithoutPngName_isRejectedBeforeSimulating() {
    Path trace = dir.resolve("t.json");

    assertThat(
            run(
                "simulate",
                "src/test/resources/networks/q2.json",
                "--out",
                trace.toString(),
                "--plot",
                "x.jpg"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--plot x.jpg");
    assertThat(trace).doesNotExist();
  }

  @Test
  void unknownCommand_suggestsAndExitsWith2() {
    assertThat(run("simulat")).isEqualTo(2);
    assertThat(err.toString()).contains("Did you mean").contains("simulate");
  }

  @Test
  void noCommand_isAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("a command is required");
  }
}
