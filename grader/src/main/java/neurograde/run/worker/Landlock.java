package neurograde.run.worker;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The operating system's sandbox for a worker, where there is one: Linux's Landlock (kernel 5.13
 * and later), entered through the Foreign Function API (Java 22 and later). After {@link #enter},
 * the worker's main thread and every thread it starts (the checks') can read only the JDK, the
 * grader's class path and the few system files the JVM needs, write and execute nothing, make no
 * TCP connection and bind no port (Landlock ABI 4), and signal no process outside the worker (ABI
 * 6), whatever JDK or native path their code takes.
 *
 * <p>The Foreign Function API is called by reflection, as the grader is compiled for Java 17.
 */
final class Landlock {

  private static final long CREATE_RULESET = 444;
  private static final long ADD_RULE = 445;
  private static final long RESTRICT_SELF = 446;
  private static final long CREATE_RULESET_VERSION = 1;
  private static final long RULE_PATH_BENEATH = 1;
  private static final long PR_SET_NO_NEW_PRIVS = 38;
  private static final int O_PATH = 010000000;
  private static final int O_CLOEXEC = 02000000;

  private static final long READ_FILE = 1L << 2;
  private static final long READ_DIR = 1L << 3;
  private static final long NET_ALL = (1L << 0) | (1L << 1);
  private static final long SCOPE_ALL = (1L << 0) | (1L << 1);

  private Landlock() {}

  /**
   * Enters the sandbox for this thread and the threads it starts from now on.
   *
   * @param readable files and folders that stay readable (besides the JDK)
   * @return what the sandbox covers, or why there is none, for the worker's log
   */
  static String enter(List<Path> readable) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "");
    if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("aarch64"))) {
      return "no OS sandbox: Landlock is Linux's (on x86-64 and ARM64)";
    }
    if (Runtime.version().feature() < 22) {
      return "no OS sandbox: Landlock needs the Foreign Function API of Java 22 or later";
    }
    try {
      return new Native().restrict(readable);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "no OS sandbox: " + e;
    }
  }

  /** The few native calls Landlock needs. */
  private static final class Native {
    private static final String FFM = "java.lang.foreign.";

    private final Class<?> layout = Class.forName(FFM + "MemoryLayout");
    private final Class<?> segment = Class.forName(FFM + "MemorySegment");
    private final Class<?> linkerType = Class.forName(FFM + "Linker");
    private final Class<?> option = Class.forName(FFM + "Linker$Option");
    private final Object long64 =
        Class.forName(FFM + "ValueLayout").getField("JAVA_LONG").get(null);
    private final Object int32 = Class.forName(FFM + "ValueLayout").getField("JAVA_INT").get(null);
    private final Object address = Class.forName(FFM + "ValueLayout").getField("ADDRESS").get(null);
    private final Object linker = linkerType.getMethod("nativeLinker").invoke(null);
    private final Class<?> arenaType = Class.forName(FFM + "Arena");
    private final Object arena = arenaType.getMethod("ofConfined").invoke(null);

    /** syscall(number, a, b), syscall(number, a, b, c) and syscall(number, a, b, c, d). */
    private final MethodHandle syscall2 = variadic("syscall", long64, long64, 2);

    private final MethodHandle syscall3 = variadic("syscall", long64, long64, 3);
    private final MethodHandle syscall4 = variadic("syscall", long64, long64, 4);
    private final MethodHandle prctl = variadic("prctl", int32, int32, 4);
    private final MethodHandle open = function("open", false, int32, address, int32);
    private final MethodHandle close = function("close", false, int32, int32);

    Native() throws ReflectiveOperationException {}

    String restrict(List<Path> readable) throws ReflectiveOperationException {
      long abi = number(syscall3, CREATE_RULESET, 0L, 0L, CREATE_RULESET_VERSION);
      if (abi < 1) {
        return "no OS sandbox: this kernel has no Landlock, or it is disabled";
      }
      // Every file-system right this ABI knows is handled: none is granted but reading.
      long fs = (1L << (abi >= 5 ? 16 : abi >= 3 ? 15 : abi >= 2 ? 14 : 13)) - 1;
      long net = abi >= 4 ? NET_ALL : 0;
      long scoped = abi >= 6 ? SCOPE_ALL : 0;
      Object attributes = allocate(24);
      putLong(attributes, 0, fs);
      putLong(attributes, 8, net);
      putLong(attributes, 16, scoped);
      long size = abi >= 6 ? 24 : abi >= 4 ? 16 : 8;
      long ruleset = number(syscall3, CREATE_RULESET, addressOf(attributes), size, 0L);
      if (ruleset < 0) {
        throw new IllegalStateException("landlock_create_ruleset failed");
      }
      try {
        int granted = 0;
        for (Path path : readable) {
          granted += allowReading(ruleset, path) ? 1 : 0;
        }
        if (((Number) call(prctl, (int) PR_SET_NO_NEW_PRIVS, 1L, 0L, 0L, 0L)).intValue() != 0) {
          throw new IllegalStateException("prctl(PR_SET_NO_NEW_PRIVS) failed");
        }
        if (number(syscall2, RESTRICT_SELF, ruleset, 0L) != 0) {
          throw new IllegalStateException("landlock_restrict_self failed");
        }
        return "Landlock ABI "
            + abi
            + ": reads "
            + granted
            + " paths, writes and executes nothing"
            + (net != 0 ? ", no TCP" : "")
            + (scoped != 0 ? ", no signals or abstract sockets beyond the worker" : "");
      } finally {
        call(close, (int) ruleset);
      }
    }

    private boolean allowReading(long ruleset, Path path) throws ReflectiveOperationException {
      if (!Files.exists(path)) {
        return false;
      }
      Object name =
          arenaType.getMethod("allocateFrom", String.class).invoke(arena, path.toString());
      int fd = ((Number) call(open, name, O_PATH | O_CLOEXEC)).intValue();
      if (fd < 0) {
        return false;
      }
      try {
        Object beneath = allocate(16); // struct landlock_path_beneath_attr: u64, s32, packed
        putLong(beneath, 0, Files.isDirectory(path) ? READ_FILE | READ_DIR : READ_FILE);
        segment
            .getMethod("set", Class.forName(FFM + "ValueLayout$OfInt"), long.class, int.class)
            .invoke(beneath, int32, 8L, fd);
        return number(syscall4, ADD_RULE, ruleset, RULE_PATH_BENEATH, addressOf(beneath), 0L) == 0;
      } finally {
        call(close, fd);
      }
    }

    /**
     * A variadic C function, {@code returns symbol(first, ...)}, called with {@code count} longs
     * after its first argument (syscall and prctl read each as a long).
     */
    private MethodHandle variadic(String symbol, Object returns, Object first, int count)
        throws ReflectiveOperationException {
      Object[] arguments = new Object[count + 1];
      arguments[0] = first;
      java.util.Arrays.fill(arguments, 1, arguments.length, long64);
      return function(symbol, true, returns, arguments);
    }

    private MethodHandle function(String symbol, boolean variadic, Object returns, Object... args)
        throws ReflectiveOperationException {
      Object lookup = linkerType.getMethod("defaultLookup").invoke(linker);
      Optional<?> found =
          (Optional<?>)
              Class.forName(FFM + "SymbolLookup")
                  .getMethod("find", String.class)
                  .invoke(lookup, symbol);
      Object layouts = Array.newInstance(layout, args.length);
      for (int i = 0; i < args.length; i++) {
        Array.set(layouts, i, args[i]);
      }
      Class<?> descriptorType = Class.forName(FFM + "FunctionDescriptor");
      Object descriptor =
          descriptorType.getMethod("of", layout, layouts.getClass()).invoke(null, returns, layouts);
      Object options = Array.newInstance(option, variadic ? 1 : 0);
      if (variadic) {
        Array.set(options, 0, option.getMethod("firstVariadicArg", int.class).invoke(null, 1));
      }
      Method downcall =
          linkerType.getMethod("downcallHandle", segment, descriptorType, options.getClass());
      Object symbolAddress =
          found.orElseThrow(() -> new IllegalStateException("the C library has no " + symbol));
      return (MethodHandle) downcall.invoke(linker, symbolAddress, descriptor, options);
    }

    private Object allocate(long bytes) throws ReflectiveOperationException {
      Object memory =
          arenaType.getMethod("allocate", long.class, long.class).invoke(arena, bytes, 8L);
      segment.getMethod("fill", byte.class).invoke(memory, (byte) 0);
      return memory;
    }

    private void putLong(Object memory, long offset, long value)
        throws ReflectiveOperationException {
      segment
          .getMethod("set", Class.forName(FFM + "ValueLayout$OfLong"), long.class, long.class)
          .invoke(memory, long64, offset, value);
    }

    private long addressOf(Object memory) throws ReflectiveOperationException {
      return (long) segment.getMethod("address").invoke(memory);
    }

    private static long number(MethodHandle syscall, Object... args) {
      return ((Number) call(syscall, args)).longValue();
    }

    private static Object call(MethodHandle function, Object... args) {
      try {
        return function.invokeWithArguments(args);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }
  }
}
