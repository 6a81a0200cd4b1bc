package neurograde.run.worker;

/**
 * What a stack trace shows once submission code is in it: the course's classes ({@code neurons.*},
 * the student's and the provided ones) and the JDK frames they called, and nothing of the grader.
 * So neither the student's code nor their report can tell which check is running, while the student
 * still sees where their own code failed.
 */
final class VisibleFrames {

  /** The class loader name of a submission's classes (see {@link Loaders}). */
  static final String SUBMISSION = "submission";

  private VisibleFrames() {}

  /**
   * Returns the frames to show, innermost first: those of a trace without submission code are all
   * shown; otherwise the grader's are left out, with the JDK frames the grader called and
   * everything outside the outermost course frame.
   */
  static StackTraceElement[] of(StackTraceElement[] frames) {
    boolean submission = false;
    int outermostCourse = -1;
    for (int i = 0; i < frames.length; i++) {
      if (frames[i] == null) {
        continue;
      }
      submission |= SUBMISSION.equals(frames[i].getClassLoaderName());
      if (isCourse(frames[i])) {
        outermostCourse = i;
      }
    }
    if (!submission) {
      return frames;
    }
    boolean calledByCourse = true;
    StackTraceElement[] kept = new StackTraceElement[outermostCourse + 1];
    int count = 0;
    for (int i = outermostCourse; i >= 0; i--) {
      StackTraceElement frame = frames[i];
      if (frame == null) {
        continue;
      }
      if (isCourse(frame)) {
        calledByCourse = true;
      } else if (isGrader(frame)) {
        calledByCourse = false;
        continue;
      } else if (!calledByCourse) {
        continue; // a JDK frame the grader called
      }
      kept[count++] = isCourse(frame) ? plain(frame) : frame;
    }
    StackTraceElement[] visible = new StackTraceElement[count];
    for (int i = 0; i < count; i++) {
      visible[i] = kept[count - 1 - i];
    }
    return visible;
  }

  /** The frame without its class loader's name, so it prints as "neurons.X.m(X.java:12)". */
  private static StackTraceElement plain(StackTraceElement frame) {
    return new StackTraceElement(
        frame.getClassName(), frame.getMethodName(), frame.getFileName(), frame.getLineNumber());
  }

  private static boolean isCourse(StackTraceElement frame) {
    return frame.getClassName().startsWith("neurons.") && !"app".equals(frame.getClassLoaderName());
  }

  /** Everything that is neither the course's nor the JDK's: the grader and its libraries. */
  private static boolean isGrader(StackTraceElement frame) {
    String loader = frame.getClassLoaderName();
    return frame.getClassName().startsWith("neurograde.")
        || (loader != null && !loader.equals("platform"));
  }
}
