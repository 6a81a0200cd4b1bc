package neurograde.hidden.driver.java;

/**
 * Describes what a submission's code threw, for the student: the exception and where in their
 * files.
 */
final class Failures {

  private static final int MAX_MESSAGE = 300;

  private Failures() {}

  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
    String message = failure.getMessage();
    if (message != null && !message.isBlank()) {
      text.append(": ")
          .append(
              message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "..." : message);
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
    String detail = error.getMessage() == null ? "" : error.getMessage();
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

  private static StackTraceElement studentFrame(Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (frame.getClassName().startsWith("neurons.") && frame.getLineNumber() > 0) {
        return frame;
      }
    }
    return null;
  }
}
