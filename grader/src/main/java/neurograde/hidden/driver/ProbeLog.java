package neurograde.hidden.driver;

import java.util.List;

/**
 * The calls a network made on a probe neuron, in order.
 *
 * @param events each call: {@code slope}, {@code step} (with dt), {@code receive} (with w) or
 *     {@code spikesBetween} (with the window)
 */
public record ProbeLog(List<Event> events) {

  public ProbeLog {
    events = List.copyOf(events);
  }

  /**
   * One call.
   *
   * @param kind slope, step, receive or spikesBetween
   * @param a dt of a step, w of a receive, or the window's start
   * @param b the window's end, or 0
   */
  public record Event(String kind, double a, double b) {}

  /** Returns the number of calls of a kind. */
  public long count(String kind) {
    return events.stream().filter(e -> e.kind().equals(kind)).count();
  }

  /**
   * Returns the input received before each step: element {@code k} is the total weight received
   * after step {@code k - 1} and before step {@code k}, which step {@code k} integrates.
   */
  public double[] receivedBeforeEachStep() {
    int steps = (int) count("step");
    double[] received = new double[steps + 1];
    int k = 0;
    for (Event event : events) {
      if (event.kind().equals("step")) {
        k++;
      } else if (event.kind().equals("receive")) {
        received[k] += event.a();
      }
    }
    return received;
  }
}
