package neurograde.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import neurograde.InputException;
import neurograde.internal.AtomicFile;
import neurograde.network.NetworkFile;
import neurograde.network.NetworkSpec;
import neurograde.network.ReferenceSimulation;
import neurograde.network.Trace;
import neurograde.network.TracePlot;
import neurograde.network.TraceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code simulate NETWORK.json}: the reference's trace of a network, its ground truth. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the reference on a network file: its ground truth.",
      "",
      "Runs the reference implementation on a network file and writes its trace: {\"t\": [...], \"neurons\": [{\"spikes\": [...], \"v\": [...], \"s\": [...]}, ...]} (v and s for LIF neurons only; v[i] and s[i] are the state after the step that starts at t[i]). Warns, on standard error, of a dt at or above a neuron's tauRef, tauM or tauS."
    })
final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec command;

  @Parameters(paramLabel = "NETWORK.json", description = "The network file (see README).")
  Path network;

  @Option(
      names = "--out",
      paramLabel = "TRACE.json",
      description = "Write the trace here instead of to standard output.")
  Path out;

  @Option(
      names = "--plot",
      paramLabel = "FILE.png",
      description =
          "Also draw the spike raster and v(t) of each LIF neuron (drawn from every step) as a"
              + " PNG titled with the network file's name.")
  Path plot;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws IOException {
    if (plot != null && !plot.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
      throw new InputException(
          "--plot " + plot + ": the plot is written as PNG; give a file name ending in .png");
    }
    NetworkSpec spec = NetworkFile.read(network);
    for (String warning : spec.warnings()) {
      command.commandLine().getErr().println("simulate: warning: " + network + ": " + warning);
    }
    Trace trace = ReferenceSimulation.run(spec);
    if (out == null) {
      TraceWriter.write(trace, System.out);
    } else {
      AtomicFile.write(out, file -> TraceWriter.write(trace, file));
    }
    if (plot != null) {
      Path dir = plot.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      TracePlot.write(plot, network.getFileName().toString(), spec, trace);
    }
    return 0;
  }
}
