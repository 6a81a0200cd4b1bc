package neurograde.run.worker;

/** A check ran past its time limit and was stopped. */
final class CheckTimeout extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CheckTimeout(String message) {
    super(message, null, false, false);
  }
}
