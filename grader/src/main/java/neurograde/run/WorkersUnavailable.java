package neurograde.run;

/**
 * No worker JVM could be started, so no submission can be run: grading must stop here, with this
 * message, rather than record results that say nothing about the submissions.
 */
public final class WorkersUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  WorkersUnavailable(String message) {
    super(message);
  }
}
