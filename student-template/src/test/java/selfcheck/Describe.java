package selfcheck;

import java.util.concurrent.TimeoutException;

/** Says in a line what a piece of your code threw, and where. */
public final class Describe {

  /** The time limit of each self-check (junit-platform.properties), as the messages say it. */
  static final String TIME_LIMIT = "5 s";

  private Describe() {}

  /**
   * Returns e.g. "not written yet: SpikingNetwork.simulate (question 2)" or "your code threw
   * NullPointerException (...) at LIFNeuron.step, LIFNeuron.java:120".
   */
  public static String briefly(Throwable thrown) {
    String stub = NotWrittenYet.stubMessage(thrown);
    if (stub != null) {
      return stub;
    }
    if (thrown instanceof TimeoutException) {
      // JUnit gives the timeout the stuck thread's stack, so it says where the code was.
      return "your code ran for more than " + TIME_LIMIT + " and was stopped" + where(thrown)
          + ": is there an endless loop?";
    }
    if (thrown instanceof StackOverflowError) {
      return "your code threw StackOverflowError: a method that calls itself without end" + where(thrown);
    }
    String message = thrown.getMessage();
    return "your code threw " + thrown.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : " (" + firstLine(message) + ")") + where(thrown);
  }

  /** The classes students write: a frame in one of them is where to look. */
  private static final java.util.Set<String> WRITTEN =
      java.util.Set.of("LIFNeuron", "SpikingNetwork", "Experiments", "Activations");

  private static String where(Throwable thrown) {
    StackTraceElement found = null;
    for (StackTraceElement frame : thrown.getStackTrace()) {
      String cls = frame.getClassName();
      if (!cls.startsWith("neurons.") || cls.contains("SelfCheckTest")) {
        continue;
      }
      String topLevel = cls.substring("neurons.".length()).replaceAll("\\$.*", "");
      if (WRITTEN.contains(topLevel)) {
        found = frame;
        break;
      }
      if (found == null) {
        found = frame;
      }
    }
    if (found == null) {
      return "";
    }
    String simple = found.getClassName().substring("neurons.".length());
    return " at " + simple + "." + found.getMethodName()
        + (found.getFileName() == null ? "" : ", " + found.getFileName() + ":" + found.getLineNumber());
  }

  private static String firstLine(String message) {
    String line = message.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
