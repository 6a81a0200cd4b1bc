package neurograde.hidden;

/**
 * A check that earned none or only part of its marks, with what the student should know.
 *
 * <p>Checks throw it; an AssertJ {@link AssertionError} is a failure with no named mistake.
 */
public final class CheckFailure extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final double fraction;
  private final Mistake mistake;

  private CheckFailure(String message, double fraction, Mistake mistake) {
    super(message);
    this.fraction = fraction;
    this.mistake = mistake;
  }

  /** A failure that earns nothing. */
  public static CheckFailure fail(String message) {
    return new CheckFailure(message, 0, null);
  }

  /** A failure that earns nothing, caused by a named mistake. */
  public static CheckFailure fail(Mistake mistake, String message) {
    return new CheckFailure(message, 0, mistake);
  }

  /** A result that earns a fraction of the check's marks. */
  public static CheckFailure partial(double fraction, Mistake mistake, String message) {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("fraction must be in [0, 1), got " + fraction);
    }
    return new CheckFailure(message, fraction, mistake);
  }

  /** Returns the fraction of the check's marks earned, in [0, 1). */
  public double fraction() {
    return fraction;
  }

  /** Returns the named mistake, or null. */
  public Mistake mistake() {
    return mistake;
  }
}
