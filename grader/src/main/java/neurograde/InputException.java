package neurograde;

/**
 * Bad input from a user: a file that does not parse, a value out of range, a missing folder.
 *
 * <p>The command line prints the message as one line and exits with code 2; the message names the
 * input and where in it the problem is.
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception whose message is shown to the user as is. */
  public InputException(String message) {
    super(message);
  }

  /** Creates an exception whose message is shown to the user as is. */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
