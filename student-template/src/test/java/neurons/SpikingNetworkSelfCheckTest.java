package neurons;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.TestAbortedException;
import selfcheck.Attempt;
import selfcheck.CourseData;
import selfcheck.Expect;
import selfcheck.Figures;
import selfcheck.NotWrittenYet;
import selfcheck.ProbeNeuron;

/**
 * Self-checks for question 2. The first three use probe neurons that only record how simulate()
 * calls them, so they judge simulate() alone; the last uses your LIFNeuron too.
 */
@DisplayName("Question 2: SpikingNetwork.simulate")
@Order(2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(NotWrittenYet.class)
class SpikingNetworkSelfCheckTest {

  @Test
  @Order(1)
  @DisplayName("2: simulate calls slope() then step(dt) on every neuron at every time step")
  void everyNeuron_slopeThenStep_everyStep() {
    SpikingNetwork net = new SpikingNetwork();
    ProbeNeuron first = new ProbeNeuron();
    ProbeNeuron second = new ProbeNeuron();
    net.addNeuron(first);
    net.addNeuron(second);

    net.simulate(0.5, 0.002);

    for (ProbeNeuron probe : List.of(first, second)) {
      String which = probe == first ? "neuron 0" : "neuron 1";
      Expect.equal("step() calls on " + which + " when simulating 0.5 s with dt = 0.002 s", probe.steps(), 250,
          "One step per time of the grid SpikeTrains.arange(start, start + T, dt)."
              + (probe.steps() == 500 ? " 500 steps means a step of 1 ms: is dt hard-coded as 0.001?" : ""));
      Expect.that(probe.calls().equals("ST".repeat(250)),
          which + " was called in the order " + abbreviate(probe.calls()) + " (S = slope(), T = step(dt)).",
          "At every time step, call slope() and then step(dt) on every neuron, once each.");
      double dt = probe.dts().stream().filter(d -> d != 0.002).findFirst().orElse(0.002);
      Expect.near("dt passed to step() on " + which, dt, 0.002, 0, "s", "Pass simulate's dt on to step(dt).");
    }
  }

  @Test
  @Order(2)
  @DisplayName("2: the time history holds one time per step, and a second call carries on")
  void timeHistory_coversBothCalls() {
    SpikingNetwork net = new SpikingNetwork();
    net.addNeuron(new ProbeNeuron());

    net.simulate(0.5, 0.001);
    net.simulate(0.5, 0.001);

    List<Double> times = net.getTHistory();
    String hint = "simulate() records each time of its grid, SpikeTrains.arange(start, start + T, dt): start is 0"
        + " on the first call and the last recorded time + dt on later calls.";
    Expect.equal("recorded times after simulating 0.5 s twice with dt = 1 ms", times.size(), 1000, hint);
    Expect.near("first recorded time", times.get(0), 0, 1e-12, "s", hint);
    Expect.near("first time of the second call", times.get(500), 0.5, 1e-9, "s", hint);
    Expect.near("last recorded time", times.get(999), 0.999, 1e-9, "s", hint);
  }

  @Test
  @Order(3)
  @DisplayName("2: a spike reaches its target after the step in which it happens, times the weight")
  void spikes_deliveredAfterTheirStep_timesTheWeight() {
    SpikingNetwork net = new SpikingNetwork();
    ProbeNeuron target = new ProbeNeuron();
    net.addNeuron(target);
    net.addNeuron(new InputNeuron(new double[] {0.0105}));
    net.connect(1, 0, 0.5);

    net.simulate(0.02, 0.001);

    List<ProbeNeuron.Delivery> received = target.deliveries();
    String how = "After every neuron has stepped from t to t + dt, deliver along each connection the number of spikes"
        + " its source made in [t, t + dt) (spikesBetween), times the connection's weight, with receiveSpike().";
    Expect.that(!received.isEmpty(), "The input spiked at 0.0105 s, connected with weight 0.5, and your simulate()"
        + " delivered nothing to its target.", how);
    double total = received.stream().mapToDouble(ProbeNeuron.Delivery::weight).sum();
    Expect.near("total weight delivered for the input's one spike", total, 0.5, 1e-12, "", how);
    for (ProbeNeuron.Delivery d : received) {
      Expect.equal("steps the target had made when the spike (at 0.0105 s) was delivered; it should arrive right after"
          + " the step from 0.010 s to 0.011 s, the 11th", d.afterSteps(), 11, how);
    }
  }

  @Test
  @Order(4)
  @DisplayName("2: the published test network fires 36 times, the first at 0.12683 s")
  void publishedTestNetwork_firesAsPublished() {
    LIFNeuron lif = (LIFNeuron) testNetwork().get().getNeurons().get(0);
    String hint = "This network uses your LIFNeuron too: if question 1's checks fail, fix those first.";
    Expect.between("spikes of a LIF neuron (tauS 0.1 s) driven at 30 Hz with weight 0.05 for 1 s", lif.getSpikes().size(),
        35, 36, "", "The course's solution gives 36 (holding v at 0 for whole steps of the refractory period gives 35,"
            + " accepted too). " + hint);
    Expect.near("first spike time", lif.getSpikes().get(0), 0.126829, 1e-6, "s", hint);
  }

  @Test
  @Order(5)
  @Tag("figure")
  @DisplayName("2 figure: target/self-check/2-test-network.png: the test network simulated by your simulate(), next to the course's")
  void figure_testNetwork() {
    Attempt<SpikingNetwork> net = testNetwork();
    Figures.trace("2-test-network.png", "2: the test network's LIF neuron (30 Hz input, weight 0.05), simulated for 1 s",
        net.result().map(n -> trace(n)), net.why(), LIFNeuronSelfCheckTest.courseTrace());
    if (net.result().isEmpty()) {
      throw new TestAbortedException(net.why());
    }
  }

  private static Figures.Trace trace(SpikingNetwork net) {
    LIFNeuron lif = (LIFNeuron) net.getNeurons().get(0);
    return new Figures.Trace(CourseData.array(net.getTHistory()), CourseData.array(lif.getVHistory()),
        CourseData.array(lif.getSHistory()), CourseData.array(lif.getSpikes()));
  }

  private static Attempt<SpikingNetwork> testNetwork;

  /** The course's test network for question 2, simulated once for the check and the figure. */
  private static synchronized Attempt<SpikingNetwork> testNetwork() {
    if (testNetwork == null) {
      testNetwork = Attempt.of("SpikingNetwork.simulate", () -> {
        SpikingNetwork net = new SpikingNetwork();
        net.addNeuron(new LIFNeuron(0.02, 0.002, 0.1));
        net.addNeuron(new InputNeuron(SpikeTrains.generate(new double[] {30}, new double[] {1})));
        net.connect(1, 0, 0.05);
        net.simulate(1, 0.001);
        return net;
      });
    }
    return testNetwork;
  }

  private static String abbreviate(String calls) {
    return calls.length() <= 12 ? calls : calls.substring(0, 12) + "... (" + calls.length() + " calls)";
  }
}
