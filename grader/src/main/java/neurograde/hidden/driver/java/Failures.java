package neurograde.hidden.driver.java;

/**
 * Describes what a submission's code threw, for the student: the exception and where in their
 * files.
 */
final class Failures {

  private static final int MAX_MESSAGE = 300;

  private Failures() {}

  /**
   * Describes a throwable of the student's. Its getMessage and getStackTrace are the student's code
   * too: they may throw, or return null, and must not turn into a fault of the grader's.
   */
  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
    String message;
    try {
      message = failure.getMessage();
    } catch (RuntimeException | StackOverflowError e) {
      message = "(its getMessage threw " + e.getClass().getSimpleName() + ")";
    }
    if (message != null && !message.isBlank()) {
      text.append(": ").append(shortened(message));
    }
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
    String detail = error.getMessage() == null ? "" : shortened(error.getMessage());
    if (error instanceof NoSuchMethodError || error instanceof AbstractMethodError) {
      return "a method of the assignment's API is missing or has another signature ("
          + readable(detail)
          + ")";
    }
    if (error instanceof NoClassDefFoundError) {
      return "a class is missing (" + readable(detail) + ")";
    }
    return error.getClass().getSimpleName() + " (" + readable(detail) + ")";
  }

  private static String readable(String jvmText) {
    return jvmText.replace('/', '.');
  }

  private static String shortened(String message) {
    return message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "..." : message;
  }

  private static StackTraceElement studentFrame(Throwable failure) {
    StackTraceElement[] stack;
    try {
      stack = failure.getStackTrace();
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
    if (stack == null) {
      return null;
    }
    for (StackTraceElement frame : stack) {
      if (frame != null
          && frame.getClassName().startsWith("neurons.")
          && frame.getLineNumber() > 0) {
        return frame;
      }
    }
    return null;
  }
}
