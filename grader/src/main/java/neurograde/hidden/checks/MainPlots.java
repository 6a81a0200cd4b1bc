package neurograde.hidden.checks;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import neurograde.hidden.Layer;
import neurograde.hidden.Observe;
import neurograde.hidden.Session;
import neurograde.hidden.driver.Driver;
import neurograde.hidden.driver.Experiment;
import neurograde.hidden.driver.NetworkSnapshot;
import neurograde.hidden.driver.StudentCodeException;
import neurograde.plots.DrawnPlots;
import neurograde.plots.PlotRecorder;
import org.junit.jupiter.api.Order;

/**
 * What the student's own {@code Experiments.main} asks the course's {@code Plots} to draw, recorded
 * for the TA, who marks those plots, and the rasters of their four experiments on their own classes
 * for the report. Earns no marks. It runs last: main runs every experiment, and a main that hangs
 * costs only these. The networks main's experiment methods return serve the rasters (as they are
 * when main ends), so the experiments are not simulated twice; an experiment main did not run is
 * run for the rasters.
 */
@Order(101)
final class MainPlots {

  /** The networks the student's experiment methods returned while main ran, by experiment. */
  private static final String RETURNED = "main:returned";

  @Observe(value = "plots", slow = true)
  void plots() {
    Map<Experiment, NetworkSnapshot> returned =
        Session.shared(RETURNED, () -> new EnumMap<>(Experiment.class));
    String substituted = Session.substituted("Experiments");
    if (substituted != null) {
      Session.observe(
          "plots",
          new DrawnPlots(
              List.of(),
              0,
              "Experiments.java was not graded (" + substituted + "), so its main was not run"));
      return;
    }
    Driver driver = Session.driver(Layer.OWN);
    PlotRecorder recorder = PlotRecorder.worker();
    recorder.start();
    String failure = null;
    // Only kept while main runs: none of the student's code runs for it, so main does what it would
    Map<Experiment, Object> networks = new EnumMap<>(Experiment.class);
    Session.watchExperimentReturns((method, network) -> keepFirst(networks, method, network));
    try {
      driver.main(PlotRecorder.MAIN_ARGS.toArray(new String[0]));
    } catch (StudentCodeException e) {
      failure = e.getMessage();
    } finally {
      Session.watchExperimentReturns(null);
      // Also when main is stopped at its time limit: the figures it finished are kept.
      Session.observe("plots", recorder.stop(failure));
    }
    networks.forEach(
        (experiment, network) -> {
          try {
            returned.put(experiment, driver.snapshotOf(network));
          } catch (StudentCodeException e) {
            // the rasters run the experiment again, and say what went wrong
          }
        });
  }

  /** Keeps the first network each experiment method returned. */
  private static void keepFirst(Map<Experiment, Object> networks, String method, Object network) {
    for (Experiment experiment : Experiment.values()) {
      if (experiment.method().equals(method) && !networks.containsKey(experiment)) {
        networks.put(experiment, network);
      }
    }
  }

  @Observe(value = "experiments", slow = true)
  void rasters() {
    Map<Experiment, NetworkSnapshot> returned =
        Session.shared(RETURNED, () -> new EnumMap<>(Experiment.class));
    Driver driver = Session.driver(Layer.OWN);
    Map<String, Object> rasters = new LinkedHashMap<>();
    for (Experiment experiment : Experiment.values()) {
      try {
        NetworkSnapshot net = returned.get(experiment);
        if (net == null) {
          net = driver.snapshot(driver.experiment(experiment));
        }
        rasters.put(experiment.name(), Observations.raster(net));
      } catch (StudentCodeException e) {
        rasters.put(experiment.name(), Map.of("error", e.getMessage()));
      }
    }
    Session.observe("experiments", rasters);
  }
}
