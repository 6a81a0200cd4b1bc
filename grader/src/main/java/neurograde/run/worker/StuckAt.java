package neurograde.run.worker;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a check that ran too long was, in the student's code. One stack sample lands on whichever
 * line or helper the loop happened to be in; results must not depend on that, so this takes several
 * samples and names the innermost student method every one of them was inside.
 */
final class StuckAt {

  private static final int SAMPLES = 10;
  private static final long SPACING_MS = 3;

  private StuckAt() {}

  /** Samples a running thread's stack and describes where it keeps running, or returns "". */
  static String describe(Thread thread) throws InterruptedException {
    return describe(method(thread));
  }

  /** Describes a method, as {@link #method} returns it: " (it was running ...)", or "". */
  static String describe(String method) {
    return method.isEmpty() ? "" : " (it was running " + method + ")";
  }

  /**
   * Samples a running thread's stack and returns the innermost student method every sample was
   * inside, as "Class.method in Class.java", or "".
   */
  static String method(Thread thread) throws InterruptedException {
    List<List<String>> samples = new ArrayList<>();
    for (int i = 0; i < SAMPLES && thread.isAlive(); i++) {
      samples.add(studentFrames(thread.getStackTrace()));
      Thread.sleep(SPACING_MS);
    }
    return method(samples);
  }

  /** Returns the innermost student method common to the samples (each innermost first), or "". */
  static String method(List<List<String>> samples) {
    if (samples.isEmpty()) {
      return "";
    }
    String common = "";
    List<String> first = samples.get(0);
    // Walk from the outermost frame inwards while every sample agrees.
    for (int depth = 1; depth <= first.size(); depth++) {
      String frame = first.get(first.size() - depth);
      for (List<String> sample : samples) {
        if (sample.size() < depth || !sample.get(sample.size() - depth).equals(frame)) {
          return common;
        }
      }
      common = frame;
    }
    return common;
  }

  /** Returns the innermost student method of one sample of a thread's stack, or "". */
  static String innermost(Thread thread) {
    List<String> frames = studentFrames(thread.getStackTrace());
    return frames.isEmpty() ? "" : frames.get(0);
  }

  /** The student's frames, innermost first, as "Class.method in Class.java". */
  static List<String> studentFrames(StackTraceElement[] stack) {
    List<String> frames = new ArrayList<>();
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().startsWith("neurons.")) {
        String simple = frame.getClassName().substring("neurons.".length());
        frames.add(
            simple
                + "."
                + frame.getMethodName()
                + (frame.getFileName() == null ? "" : " in " + frame.getFileName()));
      }
    }
    return frames;
  }
}
