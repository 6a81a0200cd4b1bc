package neurograde.hidden.driver;

import neurograde.compile.CourseClasses;

/**
 * Reads a throwable that may be the submission's own: its {@code getMessage}, {@code getStackTrace}
 * and even its class name are the student's code or choice, and may throw anything (an Error, a
 * LinkageError, an exception whose own message throws). Nothing here throws, except ThreadDeath,
 * which stops a check that ran out of time.
 */
public final class Thrown {

  /** Longest message kept (characters). */
  public static final int MAX_MESSAGE = 300;

  private Thrown() {}

  /** Returns the simple name of the throwable's class. */
  @SuppressWarnings("removal")
  public static String name(Throwable thrown) {
    try {
      String simple = thrown.getClass().getSimpleName();
      return simple.isEmpty() ? thrown.getClass().getName() : simple;
    } catch (ThreadDeath death) {
      throw death;
    } catch (Throwable e) {
      return thrown.getClass().getName();
    }
  }

  /**
   * Returns the throwable's message, shortened; null if it has none; or a note saying that reading
   * it threw.
   */
  @SuppressWarnings("removal")
  public static String message(Throwable thrown) {
    String message;
    try {
      message = thrown.getMessage();
    } catch (ThreadDeath death) {
      throw death;
    } catch (Throwable e) {
      return "(its getMessage threw " + name(e) + ")";
    }
    return message == null ? null : shortened(message);
  }

  /** Returns the throwable's stack, empty if it has none or reading it threw. */
  @SuppressWarnings("removal")
  public static StackTraceElement[] stack(Throwable thrown) {
    try {
      StackTraceElement[] stack = thrown.getStackTrace();
      return stack == null ? new StackTraceElement[0] : stack;
    } catch (ThreadDeath death) {
      throw death;
    } catch (Throwable e) {
      return new StackTraceElement[0];
    }
  }

  /** Returns the throwable's cause, or null if it has none or reading it threw. */
  @SuppressWarnings("removal")
  public static Throwable cause(Throwable thrown) {
    try {
      return thrown.getCause();
    } catch (ThreadDeath death) {
      throw death;
    } catch (Throwable e) {
      return null;
    }
  }

  /** Returns {@code Name: message}, or the name alone if there is no message. */
  public static String describe(Throwable thrown) {
    String message = message(thrown);
    return message == null || message.isBlank() ? name(thrown) : name(thrown) + ": " + message;
  }

  /**
   * Whether the submission threw it: its class is the submission's, or the submission's code
   * (package neurons, not a class the course provides) was running where it was thrown.
   */
  public static boolean fromSubmission(Throwable thrown) {
    if (isStudentClass(thrown.getClass().getName())) {
      return true;
    }
    StackTraceElement[] stack = stack(thrown);
    return stack.length > 0 && stack[0] != null && isStudentClass(stack[0].getClassName());
  }

  private static boolean isStudentClass(String name) {
    return name.startsWith(CourseClasses.PACKAGE + ".") && !CourseClasses.isProvided(name);
  }

  private static String shortened(String message) {
    if (message.length() <= MAX_MESSAGE) {
      return message;
    }
    int end =
        Character.isHighSurrogate(message.charAt(MAX_MESSAGE - 1)) ? MAX_MESSAGE - 1 : MAX_MESSAGE;
    return message.substring(0, end) + "...";
  }
}
