package neurograde.screen;

/**
 * A use of something student code may not use.
 *
 * @param className the binary name of the class, for example {@code neurons.LIFNeuron}
 * @param method the method's name
 * @param descriptor the method's descriptor
 * @param sourceFile the source file the class came from, or null
 * @param line the line of the use, or null
 * @param what the member used, for example {@code java.lang.System.exit}
 * @param why why it is refused, for example {@code calls System.exit}
 * @param graded whether the grader can run the method (false: only a main method, which the grader
 *     never runs, reaches it)
 */
public record Violation(
    String className,
    String method,
    String descriptor,
    String sourceFile,
    Integer line,
    String what,
    String why,
    boolean graded) {

  /** Returns the method as {@code LIFNeuron.step}. */
  public String methodName() {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return simple
        + "."
        + (method.equals("<init>")
            ? "constructor"
            : method.equals("<clinit>") ? "static initializer" : method);
  }

  private static final String NOT_ALLOWED = ", which the grader does not allow";

  /**
   * Says what the method does that is refused, for a student: {@code LIFNeuron.slope calls
   * System.exit (java.lang.System.exit), which the grader does not allow}.
   */
  public String describe() {
    String reason =
        why.endsWith(NOT_ALLOWED) ? why.substring(0, why.length() - NOT_ALLOWED.length()) : why;
    String detail = reason.contains("(") || what == null ? "" : " (" + what + ")";
    return methodName() + " " + reason + detail + NOT_ALLOWED;
  }
}
