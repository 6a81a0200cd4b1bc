package neurograde.run.guard;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.StringConcatException;
import java.lang.invoke.StringConcatFactory;

/**
 * Where guarded JDK code and submission code call the worker's policy. The agent puts this class
 * (and only it) on the boot class path, so JDK classes and the submission's classes reach the same
 * copy; it therefore uses nothing but {@code java.base}.
 *
 * <p>Every JDK entry point the agent guards starts with a call to {@link #check}. The worker
 * installs its {@link Policy} once, before any submission runs; until then nothing is refused.
 */
public final class Gate {

  /** What the worker decides; implemented by the worker, installed once. */
  public interface Policy {

    /**
     * Refuses a guarded call by throwing {@link SecurityException}, or returns to let it proceed.
     *
     * @param entry the guarded entry point, an index into the agent's table
     * @param first the call's first guarded argument (a path, a file, ...), or null
     * @param second its second guarded argument (open options, a mode), or null
     */
    void check(int entry, Object first, Object second);

    /** Returns the frames of a stack trace that the submission may see. */
    StackTraceElement[] visibleFrames(StackTraceElement[] frames);

    /** Takes what one of the submission's experiment methods returns (see {@link #returned}). */
    default void returned(String method, Object value) {}
  }

  /** Thrown by {@link #poll} into submission code that ran past its time limit. */
  public static final class Stopped extends Error {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("stopped: the check ran past its time limit", null, false, false);
    }
  }

  private static volatile Policy policy;
  private static volatile boolean stopping;
  private static volatile boolean muted;

  /** Guards against the policy's own calls into guarded JDK code. */
  private static final ThreadLocal<boolean[]> INSIDE =
      ThreadLocal.withInitial(() -> new boolean[1]);

  private Gate() {}

  /**
   * Installs the policy; only once, so code that runs later cannot replace it.
   *
   * @throws IllegalStateException if one is installed already
   */
  public static synchronized void install(Policy newPolicy) {
    if (policy != null) {
      throw new IllegalStateException("the worker's policy is installed already");
    }
    policy = newPolicy;
  }

  /** Asks submission code to stop ({@code true}) or lets it run again; only the policy may. */
  public static void stop(Policy caller, boolean stop) {
    if (caller == null || caller != policy) {
      throw new SecurityException("only the worker may stop a check");
    }
    stopping = stop;
  }

  /**
   * Mutes the text of what submission code prints ({@code true}), once a check's output has passed
   * its cap, or makes it again; only the policy may.
   */
  public static void mute(Policy caller, boolean mute) {
    if (caller == null || caller != policy) {
      throw new SecurityException("only the worker may mute output");
    }
    muted = mute;
  }

  /** Whether the text of printed concatenations is muted now. */
  public static boolean muted() {
    return muted;
  }

  /**
   * The bootstrap of a concatenation that submission code only prints (see {@code MutedPrints}):
   * {@link StringConcatFactory#makeConcatWithConstants}'s, returning an empty string while output
   * is muted, so a flood of printing costs almost nothing once its output is cut.
   */
  public static CallSite makeConcatWithConstants(
      MethodHandles.Lookup lookup, String name, MethodType type, String recipe, Object... constants)
      throws StringConcatException, ReflectiveOperationException {
    return muting(
        StringConcatFactory.makeConcatWithConstants(lookup, name, type, recipe, constants), type);
  }

  /** As {@link #makeConcatWithConstants}, for {@link StringConcatFactory#makeConcat}. */
  public static CallSite makeConcat(MethodHandles.Lookup lookup, String name, MethodType type)
      throws StringConcatException, ReflectiveOperationException {
    return muting(StringConcatFactory.makeConcat(lookup, name, type), type);
  }

  private static CallSite muting(CallSite real, MethodType type)
      throws ReflectiveOperationException {
    MethodHandle test =
        MethodHandles.lookup()
            .findStatic(Gate.class, "muted", MethodType.methodType(boolean.class));
    MethodHandle empty =
        MethodHandles.dropArguments(
            MethodHandles.constant(String.class, ""), 0, type.parameterList());
    return new ConstantCallSite(MethodHandles.guardWithTest(test, empty, real.getTarget()));
  }

  /** Called by guarded JDK code on entry: the policy throws if the call is refused. */
  public static void check(int entry, Object first, Object second) {
    Policy current = policy;
    if (current == null) {
      return;
    }
    boolean[] inside = INSIDE.get();
    if (inside[0]) {
      return;
    }
    inside[0] = true;
    try {
      current.check(entry, first, second);
    } finally {
      inside[0] = false;
    }
  }

  /** Called by Throwable before it hands out its stack trace. */
  public static StackTraceElement[] frames(StackTraceElement[] frames) {
    Policy current = policy;
    if (current == null || frames == null) {
      return frames;
    }
    boolean[] inside = INSIDE.get();
    if (inside[0]) {
      return frames;
    }
    inside[0] = true;
    try {
      return current.visibleFrames(frames);
    } finally {
      inside[0] = false;
    }
  }

  /**
   * Called by the submission's experiment methods as they return their network (the worker adds the
   * call), so that the networks the student's main simulates also serve the report: their code runs
   * once, not twice. Submission code runs in what the policy does with it, so no guard is off.
   */
  public static void returned(String method, Object value) {
    Policy current = policy;
    if (current != null) {
      current.returned(method, value);
    }
  }

  /**
   * Called by submission code at the start of each method, loop iteration and exception handler:
   * throws once the worker has asked a check to stop.
   */
  public static void poll() {
    if (stopping) {
      throw new Stopped();
    }
  }
}
