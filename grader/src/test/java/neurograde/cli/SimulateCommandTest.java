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
  void dtAtOrAboveTauRef_isSimulatedWithAWarning() throws IOException {
    Path network = dir.resolve("coarse.json");
    Files.writeString(
        network,
        "{\"dt\": 0.002, \"duration\": 0.1,\n"
            + " \"neurons\": [{\"type\": \"lif\", \"label\": \"A\"}, {\"type\": \"lif\", \"tauRef\": 0.001},"
            + " {\"type\": \"lif\", \"tauRef\": 0.004}],\n"
            + " \"connections\": []}");

    int code = run("simulate", network.toString(), "--out", dir.resolve("t.json").toString());

    assertThat(code).isZero();
    assertThat(err.toString().lines())
        .containsExactly(
            "simulate: warning: "
                + network
                + ": neuron A: dt = 0.002 s is not below tauRef = 0.002 s: the refractory period"
                + " ends within one step, so the neuron can spike again at the next step; use a dt"
                + " below tauRef",
            "simulate: warning: "
                + network
                + ": neuron #1: dt = 0.002 s is not below tauRef = 0.001 s: the refractory period"
                + " ends within one step, so the neuron can spike again at the next step; use a dt"
                + " below tauRef");
    assertThat(dir.resolve("t.json")).exists();
  }

  @Test
  void dtAtOrAboveTauM_warnsThatEulerStepsOvershoot() throws IOException {
    Path network = dir.resolve("coarse.json");
    Files.writeString(
        network,
        "{\"dt\": 0.05, \"duration\": 1, \"neurons\": [{\"type\": \"lif\", \"tauRef\": 0.1},"
            + " {\"type\": \"lif\", \"tauRef\": 0.1}], \"connections\": []}");

    assertThat(run("simulate", network.toString(), "--out", dir.resolve("t.json").toString()))
        .isZero();

    assertThat(err.toString())
        .isEqualTo(
            "simulate: warning: "
                + network
                + ": neurons #0, #1: dt = 0.05 s is not below tauM = 0.02 s: Euler steps of v"
                + " overshoot; use a dt well below tauM"
                + System.lineSeparator()
                + "simulate: warning: "
                + network
                + ": neurons #0, #1: dt = 0.05 s is not below tauS = 0.05 s: Euler steps of s"
                + " overshoot; use a dt well below tauS"
                + System.lineSeparator());
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
