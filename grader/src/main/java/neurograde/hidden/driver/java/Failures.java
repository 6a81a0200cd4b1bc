package neurograde.hidden.driver.java;

import neurograde.hidden.driver.Thrown;

/**
 * Describes what a submission's code threw, for the student: the exception and where in their
 * files.
 */
final class Failures {

  private Failures() {}

  /**
   * Describes a throwable of the student's. Its getMessage and getStackTrace are the student's code
   * too: they may throw anything, or return null, and must not turn into a fault of the grader's.
   */
  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(Thrown.describe(failure));
    StackTraceElement where = studentFrame(failure);
    if (where != null && where.getFileName() != null) {
      text.append(" (")
          .append(where.getFileName())
          .append(':')
          .append(where.getLineNumber())
          .append(')');
    }
    if (failure instanceof StackOverflowError) {
      text.append(": endless recursion?");
    }
    return text.toString();
  }

  static String linkage(LinkageError error) {
    if (error instanceof ExceptionInInitializerError) {
      // What the student needs is what their static initialiser threw, and where.
      Throwable cause = Thrown.cause(error);
      return cause == null || cause == error
          ? describe(error)
          : "a static initialiser threw " + describe(cause);
    }
    String message = Thrown.message(error);
    String detail = message == null ? "" : message;
    if (error instanceof NoSuchMethodError || error instanceof AbstractMethodError) {
      return "a method of the assignment's API is missing or has another signature ("
          + readable(detail)
          + ")";
    }
    if (error instanceof NoClassDefFoundError) {
      return "a class is missing (" + readable(detail) + ")";
    }
    return Thrown.name(error) + " (" + readable(detail) + ")";
  }

  private static String readable(String jvmText) {
    return jvmText.replace('/', '.');
  }

  private static StackTraceElement studentFrame(Throwable failure) {
    for (StackTraceElement frame : Thrown.stack(failure)) {
      if (frame != null
          && frame.getClassName().startsWith("neurons.")
          && frame.getLineNumber() > 0) {
        return frame;
      }
    }
    return null;
  }
}
