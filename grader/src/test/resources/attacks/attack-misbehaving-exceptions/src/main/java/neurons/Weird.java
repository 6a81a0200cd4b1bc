package neurons;

/** Exceptions that misbehave when the grader describes them. */
final class Weird {
  private Weird() {}

  /** getStackTrace() returns null. */
  static final class NullTrace extends RuntimeException {
    NullTrace() {
      super("null stack trace");
    }

    @Override
    public StackTraceElement[] getStackTrace() {
      return null;
    }
  }

  /** getMessage(), getLocalizedMessage() and toString() all throw one of these. */
  static final class Boom extends RuntimeException {
    @Override
    public String getMessage() {
      throw new Boom();
    }

    @Override
    public String getLocalizedMessage() {
      throw new Boom();
    }

    @Override
    public String toString() {
      throw new Boom();
    }
  }
}
