package neurograde.hidden.checks;

import java.util.List;
import neurograde.hidden.Layer;
import neurograde.hidden.Observe;
import neurograde.hidden.Session;
import neurograde.hidden.driver.StudentCodeException;
import neurograde.plots.DrawnPlots;
import neurograde.plots.PlotRecorder;
import org.junit.jupiter.api.Order;

/**
 * What the student's own {@code Experiments.main} asks the course's {@code Plots} to draw, recorded
 * for the TA, who marks those plots. Earns no marks. It runs last: main runs every experiment, and
 * a main that hangs costs only this.
 */
@Order(101)
final class MainPlots {

  @Observe(value = "plots", slow = true)
  void plots() {
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
    PlotRecorder recorder = PlotRecorder.worker();
    recorder.start();
    String failure = null;
    try {
      Session.driver(Layer.OWN).main(PlotRecorder.MAIN_ARGS.toArray(new String[0]));
    } catch (StudentCodeException e) {
      failure = e.getMessage();
    } finally {
      // Also when main is stopped at its time limit: the figures it finished are kept.
      Session.observe("plots", recorder.stop(failure));
    }
  }
}
