package neurograde.run.worker;

import java.io.File;
import java.lang.StackWalker.Option;
import java.lang.StackWalker.StackFrame;
import java.nio.file.InvalidPathException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import neurograde.run.guard.Gate;
import neurograde.run.guard.Guarded;
import neurograde.run.guard.GuardedCalls;

/**
 * The second line of defence after bytecode screening: what submission code may do through the JDK
 * entry points the agent guards, and what it may see of a stack trace.
 *
 * <p>A guarded call is refused when submission code is on the stack, as the security manager did on
 * Java 17 (class loading on the submission's behalf, which reads the grader's class files, is the
 * grader's own doing and stops the search); reflection, class-loader and property calls only when
 * the submission makes them itself, since the JDK makes such calls for it (an enum's valueOf uses
 * reflection). The one file access allowed is reading the JDK's own files (time zones, currencies),
 * which the JDK does lazily the first time a submission uses them.
 */
final class WorkerPolicy implements Gate.Policy {

  private static final StackWalker WALKER =
      StackWalker.getInstance(
          Set.of(
              Option.RETAIN_CLASS_REFERENCE,
              Option.SHOW_HIDDEN_FRAMES,
              Option.SHOW_REFLECT_FRAMES));

  private final List<Path> jdkFolders = new ArrayList<>();

  /** Who takes the networks the submission's experiment methods return, or null. */
  private volatile java.util.function.BiConsumer<String, Object> returns;

  WorkerPolicy() {
    Path home = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
    jdkFolders.add(home);
    try {
      jdkFolders.add(home.toRealPath());
    } catch (java.io.IOException e) {
      // the normalised path is enough
    }
  }

  /** Installs this policy in the gate; once, before any submission runs. */
  static WorkerPolicy install() {
    WorkerPolicy policy = new WorkerPolicy();
    policy.warmUp();
    Gate.install(policy);
    return policy;
  }

  /**
   * Runs each of the policy's paths once, on a healthy stack: one first run by code that has nearly
   * exhausted its stack could fail to link for good (a lambda's call site, an enum switch).
   */
  private void warmUp() {
    for (int entry = 0; entry < GuardedCalls.all().size(); entry++) {
      check(entry, System.getProperty("java.home"), Set.of(StandardOpenOption.READ));
      check(entry, Path.of(""), 1);
    }
    visibleFrames(new Throwable().getStackTrace());
    visibleFrames(
        new StackTraceElement[] {
          new StackTraceElement(
              VisibleFrames.SUBMISSION, null, null, "neurons.X", "m", "X.java", 1),
          new StackTraceElement("app", null, null, "neurograde.Y", "m", "Y.java", 1)
        });
  }

  /** Hands {@code listener} what the submission's experiment methods return, or stops (null). */
  void watchReturns(java.util.function.BiConsumer<String, Object> listener) {
    returns = listener;
  }

  @Override
  public void returned(String method, Object value) {
    java.util.function.BiConsumer<String, Object> listener = returns;
    if (listener != null) {
      listener.accept(method, value);
    }
  }

  /** Mutes the text of what the submission's code prints (past a check's output cap), or not. */
  void muteOutput(boolean mute) {
    Gate.mute(this, mute);
  }

  /** Asks the submission's code to stop at its next method call, loop iteration or catch. */
  void stopSubmission(boolean stop) {
    Gate.stop(this, stop);
  }

  @Override
  public void check(int entry, Object first, Object second) {
    Guarded guarded = GuardedCalls.get(entry);
    boolean refused =
        switch (guarded.when()) {
          case SUBMISSION_CALLS -> callerIsSubmission(guarded);
          case SUBMISSION_ON_STACK, FILE_WRITE -> submissionOnStack();
          case FILE_READ -> submissionOnStack() && !jdkFile(first);
          case FILE_OPEN -> submissionOnStack() && (writes(second) || !jdkFile(first));
        };
    if (refused) {
      throw new SecurityException(refusal(guarded, first));
    }
  }

  /** The message a refused call throws, written for the student. */
  static String refusal(Guarded guarded, Object target) {
    String owner = guarded.owner().substring(guarded.owner().lastIndexOf('.') + 1);
    String method =
        guarded.method().equals("<init>") ? "new " + owner : owner + "." + guarded.method();
    String on =
        target instanceof Path || target instanceof File || target instanceof String
            ? " " + target
            : "";
    return "the grader does not let submissions " + guarded.what() + " (" + method + on + ")";
  }

  /**
   * Whether submission code is on this thread's stack with no class loading above it: a class
   * loader reads class files on the submission's behalf, and serves it only what it may have.
   */
  private static boolean submissionOnStack() {
    Optional<Class<?>> first =
        WALKER.walk(
            frames ->
                frames
                    .filter(f -> isSubmission(f.getDeclaringClass()) || isClassLoading(f))
                    .map(StackFrame::getDeclaringClass)
                    .findFirst());
    return first.isPresent() && isSubmission(first.get());
  }

  private static boolean isClassLoading(StackFrame frame) {
    return ClassLoader.class.isAssignableFrom(frame.getDeclaringClass())
        && !frame.getMethodName().equals("<init>");
  }

  /** Whether the code that called the guarded method is the submission's. */
  private static boolean callerIsSubmission(Guarded guarded) {
    return WALKER.walk(
        frames -> {
          Iterator<StackFrame> it = frames.iterator();
          // Skip the gate and this policy, then the guarded method itself.
          while (it.hasNext()) {
            StackFrame frame = it.next();
            if (frame.getClassName().equals(guarded.owner())
                && frame.getMethodName().equals(guarded.method())) {
              break;
            }
          }
          while (it.hasNext()) {
            StackFrame frame = it.next();
            Class<?> caller = frame.getDeclaringClass();
            boolean plumbing =
                (caller.isHidden() && caller.getClassLoader() == null)
                    || frame.getClassName().startsWith("jdk.internal.reflect.");
            if (!plumbing) { // the JDK's method-handle forms and reflection between the two
              return isSubmission(caller);
            }
          }
          return false;
        });
  }

  private static boolean isSubmission(Class<?> c) {
    return Loaders.isSubmission(c.getClassLoader());
  }

  /** Whether a path names a file of the JDK itself, without climbing out through "..". */
  private boolean jdkFile(Object target) {
    Path path;
    try {
      if (target instanceof Path p) {
        path = p;
      } else if (target instanceof File f) {
        path = f.toPath();
      } else if (target instanceof String s) {
        path = Path.of(s);
      } else {
        return false;
      }
    } catch (InvalidPathException e) {
      return false;
    }
    for (Path element : path) {
      if (element.toString().equals("..")) {
        return false;
      }
    }
    Path absolute = path.toAbsolutePath().normalize();
    return jdkFolders.stream().anyMatch(absolute::startsWith);
  }

  /** Whether open options (a set of them, or RandomAccessFile's mode) do more than read. */
  private static boolean writes(Object options) {
    if (options instanceof Integer mode) {
      return mode != 1; // RandomAccessFile's O_RDONLY
    }
    if (options instanceof Set<?> set) {
      for (Object option : set) {
        if (option instanceof OpenOption o
            && o != StandardOpenOption.READ
            && o instanceof StandardOpenOption) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public StackTraceElement[] visibleFrames(StackTraceElement[] frames) {
    return VisibleFrames.of(frames);
  }
}
