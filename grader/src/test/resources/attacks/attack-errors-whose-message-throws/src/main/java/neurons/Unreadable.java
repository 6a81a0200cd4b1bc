package neurons;

/** Throwables that cannot be described: reading their message or stack throws an Error. */
final class Unreadable {
  private Unreadable() {}

  /** An Error whose getMessage throws another Error. */
  static final class BrokenError extends Error {
    @Override
    public String getMessage() {
      throw new InternalError("no message for you");
    }

    @Override
    public String getLocalizedMessage() {
      throw new InternalError("no message for you");
    }

    @Override
    public String toString() {
      throw new InternalError("no text for you");
    }
  }

  /** A LinkageError whose getMessage throws one of itself. */
  static final class BrokenLinkage extends LinkageError {
    @Override
    public String getMessage() {
      throw new BrokenLinkage();
    }

    @Override
    public String toString() {
      throw new BrokenLinkage();
    }
  }

  /** An exception whose message is fine but whose stack trace throws an Error. */
  static final class BrokenTrace extends RuntimeException {
    BrokenTrace() {
      super("the trace cannot be read");
    }

    @Override
    public StackTraceElement[] getStackTrace() {
      throw new AssertionError("no trace for you");
    }
  }
}
