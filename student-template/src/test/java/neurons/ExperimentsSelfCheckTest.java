package neurons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** Self-checks for question 3: each experiment runs once, for its checks and its figure. */
@DisplayName("Question 3: experiments")
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(NotWrittenYet.class)
class ExperimentsSelfCheckTest {

  private static final Attempt<SpikingNetwork> RATE = Attempt.of("Experiments.firingRateExperiment()", Experiments::firingRateExperiment);
  private static final Attempt<int[]> COUNTS = Attempt.of("Experiments.spikesPerInterval(net)", () -> Experiments.spikesPerInterval(RATE.get()));
  private static final Attempt<SpikingNetwork> TWO = Attempt.of("Experiments.twoNeurons()", Experiments::twoNeurons);
  private static final Attempt<SpikingNetwork> INHIBITION = Attempt.of("Experiments.inhibition()", Experiments::inhibition);
  private static final Attempt<SpikingNetwork> RING = Attempt.of("Experiments.ringOscillator()", Experiments::ringOscillator);

  // ---- 3a -------------------------------------------------------------------------------------

  @Test
  @Order(1)
  @DisplayName("3a: the firing-rate experiment simulates 40 s in steps of 1 ms")
  void firingRate_simulates40s() {
    duration(RATE.get(), 40, 1, "3a: 20 input rates (5 Hz to 100 Hz), 2 s each");
  }

  @Test
  @Order(2)
  @DisplayName("3a: spikes in each 2 s interval follow the course's counts (0 up to 30 Hz, then rising)")
  void firingRate_countsFollowTheCourse() {
    int[] counts = COUNTS.get();
    double[] course = CourseData.get("3a.counts");
    Expect.equal("spike counts returned by spikesPerInterval (one per 2 s interval)", counts.length, course.length,
        "Count the LIF neuron's spikes in each 2 s interval: [0, 2), [2, 4), ..., [38, 40).");
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      int expected = (int) course[i];
      if (Math.abs(counts[i] - expected) > Math.ceil(0.06 * expected)) {
        wrong.add("at " + 5 * (i + 1) + " Hz: yours " + counts[i] + ", the course's " + expected);
      }
    }
    Expect.that(wrong.isEmpty(), "Spike counts that differ from the course's (by more than the 6% that accepted"
        + " variants of the refractory period can make): " + String.join("; ", wrong) + ".",
        "The LIF neuron has tauS = 0.1 s (Fig. 1(a)) and the input weight is 0.03. If question 1 or 2's checks fail,"
            + " fix those first.");
  }

  @Test
  @Order(3)
  @Tag("figure")
  @DisplayName("3a figure: target/self-check/3a-firing-rate.png: your firing-rate curve next to the course's")
  void figure_firingRate() {
    double[] rates = CourseData.get("3a.rates");
    double[] course = perSecond(CourseData.get("3a.counts"));
    Optional<double[]> yours = COUNTS.result().map(c -> perSecond(java.util.Arrays.stream(c).asDoubleStream().toArray()));
    Figures.dots("3a-firing-rate.png", "3a: LIF firing rate against input rate", "input rate (Hz)",
        "LIF firing rate (Hz)", rates, yours, COUNTS.why(), course);
    courseOnlyIfMissing(COUNTS);
  }

  private static double[] perSecond(double[] countsPer2s) {
    return java.util.Arrays.stream(countsPer2s).map(c -> c / 2).toArray();
  }

  // ---- 3b, 3c ---------------------------------------------------------------------------------

  @Test
  @Order(4)
  @DisplayName("3b: two LIF neurons and an input, connected three times, simulated for at least 1 s")
  void twoNeurons_builtAndSimulated() {
    SpikingNetwork net = TWO.get();
    Expect.equal("neurons in the 3b network (A, B and the input)", net.getNeurons().size(), 3, "See Fig. 1(b).");
    Expect.equal("connections in the 3b network (input to A or B, A to B, B to A)", net.getConnections().size(), 3,
        "See Fig. 1(b).");
    duration(net, 1, 0, "3b asks for at least 1 s");
  }

  @Test
  @Order(5)
  @Tag("figure")
  @DisplayName("3b figure: target/self-check/3b-two-neurons.png: your raster next to the course's")
  void figure_twoNeurons() {
    raster("3b-two-neurons.png", "3b: two LIF neurons", TWO, "3b.spikes ", 1);
  }

  @Test
  @Order(6)
  @DisplayName("3c: the network of 3b plus C and its input (5 neurons), simulated for at least 1.5 s")
  void inhibition_builtAndSimulated() {
    SpikingNetwork net = INHIBITION.get();
    Expect.equal("neurons in the 3c network (A, B, their input, C and its input)", net.getNeurons().size(), 5,
        "See Fig. 1(c). Build a new network: C's input starts at 0.7 s, so it must be simulated from 0.");
    duration(net, 1.5, 0, "3c asks for at least 1.5 s");
  }

  @Test
  @Order(7)
  @DisplayName("3c: once C is active, A and B fall silent (no LIF spikes after 1.1 s)")
  void inhibition_silencesAAndB() {
    SpikingNetwork net = INHIBITION.get();
    long late = net.getNeurons().stream().filter(n -> n instanceof LIFNeuron).mapToLong(n -> n.spikesBetween(1.1, Double.MAX_VALUE)).sum();
    Expect.equal("spikes of the LIF neurons after 1.1 s", late, 0,
        "C's inhibition (weight -0.2) should stop A and B's activity once C fires (its input starts at 0.7 s), and C"
            + " stops soon after its input ends at 1 s. Is C connected to A or B with weight -0.2, and its input to C?");
  }

  @Test
  @Order(8)
  @Tag("figure")
  @DisplayName("3c figure: target/self-check/3c-inhibition.png: your raster next to the course's")
  void figure_inhibition() {
    raster("3c-inhibition.png", "3c: inhibition", INHIBITION, "3c.spikes ", 1.5);
  }

  // ---- 3d -------------------------------------------------------------------------------------

  @Test
  @Order(9)
  @DisplayName("3d: eight LIF neurons in a ring and an input, simulated for at least 4 s")
  void ring_builtAndSimulated() {
    SpikingNetwork ring = RING.get();
    long lifs = ring.getNeurons().stream().filter(n -> n instanceof LIFNeuron).count();
    Expect.equal("LIF neurons in the ring", lifs, 8, "See Fig. 1(d): neurons A to H.");
    Expect.equal("neurons in the 3d network (8 in the ring and the input)", ring.getNeurons().size(), 9, "See Fig. 1(d).");
    duration(ring, 4, 0, "3d-iv asks for at least 4 s");
  }

  @Test
  @Order(10)
  @DisplayName("3d: ringPeriod gives the time of one lap, about 0.39 s (0.35 s to 0.45 s accepted)")
  void ring_period() {
    double period = Experiments.ringPeriod(RING.get());
    Expect.between("ringPeriod of your ring", period, 0.35, 0.45, "s",
        "The wave of bursts goes around the ring in about 0.394 s in the course's solution: measure the time from one"
            + " burst of a neuron to its next, in seconds. Look at the figure 3d-ring.png.");
  }

  @Test
  @Order(11)
  @Tag("figure")
  @DisplayName("3d figure: target/self-check/3d-ring.png: your raster next to the course's")
  void figure_ring() {
    raster("3d-ring.png", "3d: ring oscillator", RING, "3d.spikes ", 4);
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static void duration(SpikingNetwork net, double seconds, double tolerance, String why) {
    List<Double> t = net.getTHistory();
    int steps = (int) Math.round(seconds / 0.001);
    String hint = why + ", in steps of dt = 0.001 s: simulate(" + Expect.Numbers.plain(seconds) + ", 0.001).";
    Expect.that(!t.isEmpty(), "The network's time history is empty: it was not simulated.", hint);
    double step = t.size() > 1 ? t.get(1) - t.get(0) : Double.NaN;
    Expect.near("time step of the simulation", step, 0.001, 1e-9, "s", hint);
    if (tolerance > 0) {
      Expect.between("simulated steps", t.size(), steps - tolerance, steps + tolerance, "", hint);
    } else {
      Expect.between("simulated steps (at least " + steps + ")", t.size(), steps, Double.MAX_VALUE, "", hint);
    }
  }

  private static void raster(String file, String title, Attempt<SpikingNetwork> net, String coursePrefix, double tEnd) {
    Map<String, double[]> course = CourseData.withPrefix(coursePrefix);
    Figures.Raster courseRaster = new Figures.Raster(List.copyOf(course.keySet()), List.copyOf(course.values()));
    Optional<Figures.Raster> yours = net.result().map(n -> {
      List<String> labels = new ArrayList<>();
      List<double[]> spikes = new ArrayList<>();
      for (Neuron neuron : n.getNeurons()) {
        labels.add(neuron.getIdx() + (neuron instanceof LIFNeuron ? " (LIF)" : neuron instanceof InputNeuron ? " (input)" : ""));
        spikes.add(CourseData.array(neuron.getSpikes()));
      }
      return new Figures.Raster(labels, spikes);
    });
    double end = Math.max(tEnd, net.result().map(n -> n.getTHistory().isEmpty() ? 0 : n.getTHistory().get(n.getTHistory().size() - 1)).orElse(0.0));
    Figures.raster(file, title, yours, net.why(), courseRaster, end);
    courseOnlyIfMissing(net);
  }

  private static void courseOnlyIfMissing(Attempt<?> attempt) {
    if (attempt.result().isEmpty()) {
      throw new TestAbortedException(attempt.why());
    }
  }
}
