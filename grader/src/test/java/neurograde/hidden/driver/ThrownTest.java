package neurograde.hidden.driver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThrownTest {

  /** An Error whose message, text and stack all throw Errors of their own. */
  static final class Unreadable extends Error {
    @Override
    public String getMessage() {
      throw new InternalError("no");
    }

    @Override
    public String toString() {
      throw new InternalError("no");
    }

    @Override
    public StackTraceElement[] getStackTrace() {
      throw new OutOfMemoryError("no");
    }
  }

  /** A LinkageError whose getMessage throws another of itself. */
  static final class Recursive extends LinkageError {
    @Override
    public String getMessage() {
      throw new Recursive();
    }
  }

  @Test
  void errorWhoseMessageAndStackThrow_isDescribedByItsName() {
    Unreadable thrown = new Unreadable();

    assertThat(Thrown.describe(thrown))
        .isEqualTo("Unreadable: (its getMessage threw InternalError)");
    assertThat(Thrown.stack(thrown)).isEmpty();
  }

  @Test
  void linkageErrorWhoseMessageThrowsItself_isDescribedByItsName() {
    assertThat(Thrown.message(new Recursive())).isEqualTo("(its getMessage threw Recursive)");
  }

  @Test
  void longMessage_isShortenedWithoutSplittingACharacter() {
    String message = "a".repeat(Thrown.MAX_MESSAGE - 1) + "\uD83D\uDE00" + "b".repeat(50);

    assertThat(Thrown.message(new RuntimeException(message)))
        .isEqualTo("a".repeat(Thrown.MAX_MESSAGE - 1) + "...");
  }

  @Test
  void anonymousClass_isNamedByItsBinaryName() {
    RuntimeException anonymous = new RuntimeException("x") {};

    assertThat(Thrown.describe(anonymous)).isEqualTo(anonymous.getClass().getName() + ": x");
  }

  @Test
  void submissionsOwnExceptionOrCode_isRecognised() {
    RuntimeException fromGrader = new IllegalStateException("ours");
    RuntimeException fromStudent = new IllegalStateException("theirs");
    fromStudent.setStackTrace(
        new StackTraceElement[] {new StackTraceElement("neurons.LIFNeuron", "step", "L.java", 3)});
    RuntimeException fromProvided = new IllegalStateException("provided");
    fromProvided.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("neurons.InputNeuron", "step", "I.java", 3)
        });

    assertThat(Thrown.fromSubmission(fromGrader)).isFalse();
    assertThat(Thrown.fromSubmission(fromStudent)).isTrue();
    assertThat(Thrown.fromSubmission(fromProvided)).isFalse();
  }
}
