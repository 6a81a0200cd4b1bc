package neurograde.run.worker;

/** Where a check that ran too long was, in the student's code. */
final class StuckAt {

  private StuckAt() {}

  static String describe(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().startsWith("neurons.") && frame.getLineNumber() > 0) {
        String simple = frame.getClassName().substring("neurons.".length());
        return " (it was running " + simple + "." + frame.getMethodName() + ", " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
      }
    }
    return "";
  }
}
