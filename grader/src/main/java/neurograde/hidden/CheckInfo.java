package neurograde.hidden;

import java.util.List;

/**
 * What the grader knows of a hidden test without running it.
 *
 * @param id the check's id (or the observation's name)
 * @param layer the layer of classes it runs
 * @param uses the student methods it calls directly, as {@code Class#method}
 * @param slow whether it runs a whole experiment
 * @param observation whether it is an observation for the report rather than a check
 * @param className the test class
 * @param methodName the test method
 */
public record CheckInfo(
    String id,
    Layer layer,
    List<String> uses,
    boolean slow,
    boolean observation,
    String className,
    String methodName) {

  public CheckInfo {
    uses = List.copyOf(uses);
  }
}
