package neurograde.hidden.driver;

/**
 * The submission's code threw, or lacks a method the API requires. The message describes what
 * happened for the student, for example {@code LIFNeuron.step threw ArithmeticException: / by zero
 * (LIFNeuron.java:57)}.
 */
public final class StudentCodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String exceptionClass;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the student
   * @param exceptionClass the simple name of what the student's code threw
   */
  public StudentCodeException(String message, String exceptionClass) {
    super(message, null, false, false);
    this.exceptionClass = exceptionClass;
  }

  /**
   * Returns the simple name of what the student's code threw, for example {@code
   * NullPointerException}.
   */
  public String exceptionClass() {
    return exceptionClass;
  }
}
