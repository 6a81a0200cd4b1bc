package neurograde.compile;

import java.util.List;
import java.util.Set;

/** The classes of package {@code neurons}: which the course provides and which students write. */
public final class CourseClasses {

  /** Classes the course provides complete; the grader's trusted copies replace a student's. */
  public static final Set<String> PROVIDED =
      Set.of("Neuron", "InputNeuron", "SpikeTrains", "Connection", "Plots");

  /** Classes whose bodies students write, in the order of the assignment. */
  public static final List<String> WRITTEN =
      List.of("LIFNeuron", "SpikingNetwork", "Experiments", "Activations");

  /** The package every class of the assignment is in. */
  public static final String PACKAGE = "neurons";

  private CourseClasses() {}

  /**
   * Returns whether a binary class name, such as {@code neurons.InputNeuron$SpikeList}, is provided
   * by the course.
   */
  public static boolean isProvided(String binaryName) {
    return PROVIDED.contains(topLevel(binaryName));
  }

  /**
   * Returns the simple name of the top-level class of a binary name: {@code neurons.A$B} gives
   * {@code A}.
   */
  public static String topLevel(String binaryName) {
    String simple = binaryName.substring(binaryName.lastIndexOf('.') + 1);
    int dollar = simple.indexOf('$');
    return dollar < 0 ? simple : simple.substring(0, dollar);
  }
}
