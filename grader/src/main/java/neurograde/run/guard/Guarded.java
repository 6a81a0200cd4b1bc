package neurograde.run.guard;

/**
 * One guarded JDK entry point: a method (every overload, or those whose descriptor contains {@code
 * descriptorPart}) of a JDK class, and when calling it is refused.
 *
 * @param owner the class, as {@code java.lang.Runtime}
 * @param method the method's name, {@code <init>} for constructors
 * @param descriptorPart a piece of the descriptor the overloads must contain, or null for all
 * @param when when the call is refused
 * @param what what the call does, for the student: "exit the JVM"
 */
public record Guarded(String owner, String method, String descriptorPart, When when, String what) {

  /** When a guarded call is refused. */
  public enum When {
    /** Whenever submission code is on the stack (and no class loading stands between). */
    SUBMISSION_ON_STACK,
    /** When submission code makes the call itself (the JDK's own calls for it are allowed). */
    SUBMISSION_CALLS,
    /** As {@link #SUBMISSION_ON_STACK}, except reading the JDK's own files. */
    FILE_READ,
    /** As {@link #SUBMISSION_ON_STACK}: writing, creating or deleting files. */
    FILE_WRITE,
    /** Opening a file with options: a read if they only read, otherwise a write. */
    FILE_OPEN
  }

  boolean matches(String name, String descriptor) {
    return method.equals(name) && (descriptorPart == null || descriptor.contains(descriptorPart));
  }
}
