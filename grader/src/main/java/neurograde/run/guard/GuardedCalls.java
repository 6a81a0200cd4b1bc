package neurograde.run.guard;

import static neurograde.run.guard.Guarded.When.FILE_OPEN;
import static neurograde.run.guard.Guarded.When.FILE_READ;
import static neurograde.run.guard.Guarded.When.FILE_WRITE;
import static neurograde.run.guard.Guarded.When.SUBMISSION_CALLS;
import static neurograde.run.guard.Guarded.When.SUBMISSION_ON_STACK;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The JDK entry points the worker guards: everything through which code can reach outside its own
 * computation (files, network, processes, exit, threads, class loaders, reflection, global
 * settings). The index of an entry in {@link #all()} is what the guarded code passes to {@link
 * Gate#check}.
 *
 * <p>Entries name public JDK classes where they are the only way in, and the JDK's internal funnels
 * where many public APIs meet (every socket is made by {@code sun.nio.ch.Net}). {@code
 * GuardedCallsTest} checks on each Java version that every required entry still exists.
 */
public final class GuardedCalls {

  private static final List<Guarded> ALL = new CopyOnWriteArrayList<>();

  /** Classes that may be absent from a Java version or platform; the rest must exist. */
  private static final Set<String> OPTIONAL =
      Set.of(
          "java.lang.VirtualThread",
          "java.lang.foreign.Linker",
          "java.lang.foreign.SymbolLookup",
          "sun.nio.ch.UnixDomainSockets",
          "com.sun.tools.attach.VirtualMachine",
          "sun.misc.Unsafe",
          "sun.misc.Signal");

  static {
    String exit = "exit or stop the JVM";
    on("java.lang.Runtime", SUBMISSION_ON_STACK, exit, "exit", "halt");
    on("java.lang.Runtime", SUBMISSION_ON_STACK, "add shutdown hooks", "addShutdownHook");
    on("java.lang.Runtime", SUBMISSION_ON_STACK, "remove shutdown hooks", "removeShutdownHook");
    on("java.lang.Runtime", SUBMISSION_ON_STACK, "load native code", "load", "loadLibrary");
    on("java.lang.System", SUBMISSION_ON_STACK, "load native code", "load", "loadLibrary");
    on("java.lang.Runtime", SUBMISSION_ON_STACK, "start processes", "exec");
    on("java.lang.ProcessBuilder", SUBMISSION_ON_STACK, "start processes", "start");
    on("java.lang.ProcessBuilder", SUBMISSION_ON_STACK, "start processes", "startPipeline");
    on("java.lang.ProcessHandle", SUBMISSION_ON_STACK, "see or stop processes", "of", "current");
    on("java.lang.ProcessHandle", SUBMISSION_ON_STACK, "see or stop processes", "allProcesses");
    on(
        "java.lang.ProcessHandleImpl",
        SUBMISSION_ON_STACK,
        "see or stop processes",
        "destroy",
        "destroyForcibly",
        "parent",
        "children",
        "descendants",
        "info");
    on("sun.misc.Signal", SUBMISSION_ON_STACK, "send or handle signals", "raise", "handle");

    String threads = "start or change threads";
    // Not setName, setPriority or setDaemon: the JDK's Thread constructor calls them on itself.
    // (suspend and resume are gone since Java 23, and did nothing since 20.)
    on("java.lang.Thread", SUBMISSION_ON_STACK, threads, "start", "interrupt", "stop");
    on("java.lang.Thread", SUBMISSION_ON_STACK, threads, "setUncaughtExceptionHandler");
    on("java.lang.Thread", SUBMISSION_ON_STACK, threads, "setDefaultUncaughtExceptionHandler");
    on("java.lang.Thread", SUBMISSION_ON_STACK, threads, "setContextClassLoader");
    on("java.lang.Thread", SUBMISSION_ON_STACK, "see other threads", "getAllStackTraces");
    on("java.lang.Thread", SUBMISSION_ON_STACK, "see other threads", "enumerate");
    on("java.lang.VirtualThread", SUBMISSION_ON_STACK, threads, "start");
    on("java.lang.ThreadGroup", SUBMISSION_ON_STACK, "see other threads", "enumerate");
    on("java.lang.ThreadGroup", SUBMISSION_ON_STACK, threads, "interrupt", "setMaxPriority");
    on("java.lang.ThreadGroup", SUBMISSION_ON_STACK, threads, "setDaemon");

    on("java.lang.ClassLoader", SUBMISSION_ON_STACK, "create class loaders", "<init>");
    String loaders = "reach class loaders or resources";
    on("java.lang.ClassLoader", SUBMISSION_CALLS, loaders, "getSystemClassLoader", "getParent");
    on("java.lang.ClassLoader", SUBMISSION_CALLS, loaders, "getPlatformClassLoader");
    on("java.lang.ClassLoader", SUBMISSION_CALLS, loaders, "getResource", "getResources");
    on("java.lang.ClassLoader", SUBMISSION_CALLS, loaders, "getResourceAsStream");
    on("java.lang.ClassLoader", SUBMISSION_CALLS, loaders, "getSystemResource");
    on("java.lang.ClassLoader", SUBMISSION_CALLS, loaders, "getSystemResources");
    on("java.lang.ClassLoader", SUBMISSION_CALLS, loaders, "getSystemResourceAsStream");
    on("java.lang.Thread", SUBMISSION_CALLS, loaders, "getContextClassLoader");
    on("java.lang.Module", SUBMISSION_CALLS, loaders, "getResourceAsStream");
    on("java.lang.Class", SUBMISSION_CALLS, loaders, "getClassLoader", "getProtectionDomain");
    on("java.lang.Class", SUBMISSION_CALLS, loaders, "getResource", "getResourceAsStream");

    String reflection = "use reflection";
    on("java.lang.Class", SUBMISSION_CALLS, "load classes by name", "forName");
    on(
        "java.lang.Class",
        SUBMISSION_CALLS,
        reflection,
        "getDeclaredField",
        "getDeclaredFields",
        "getDeclaredMethod",
        "getDeclaredMethods",
        "getDeclaredConstructor",
        "getDeclaredConstructors",
        "getField",
        "getFields",
        "getMethod",
        "getMethods",
        "getConstructor",
        "getConstructors",
        "newInstance",
        "getDeclaredClasses",
        "getClasses",
        "getRecordComponents",
        "getEnclosingMethod",
        "getEnclosingConstructor",
        "getNestHost",
        "getNestMembers",
        "getSigners");
    on(
        "java.lang.reflect.AccessibleObject",
        SUBMISSION_CALLS,
        reflection,
        "setAccessible",
        "trySetAccessible");
    on("java.lang.reflect.Method", SUBMISSION_CALLS, reflection, "setAccessible", "invoke");
    on("java.lang.reflect.Constructor", SUBMISSION_CALLS, reflection, "setAccessible");
    on("java.lang.reflect.Constructor", SUBMISSION_CALLS, reflection, "newInstance");
    on("java.lang.reflect.Field", SUBMISSION_CALLS, reflection, "setAccessible", "get", "set");
    for (String type : List.of("Boolean", "Byte", "Char", "Short", "Int", "Long", "Float")) {
      on("java.lang.reflect.Field", SUBMISSION_CALLS, reflection, "get" + type, "set" + type);
    }
    on("java.lang.reflect.Field", SUBMISSION_CALLS, reflection, "getDouble", "setDouble");
    on("java.lang.reflect.Proxy", SUBMISSION_CALLS, reflection, "newProxyInstance");
    on("java.lang.reflect.Proxy", SUBMISSION_CALLS, reflection, "getProxyClass");
    on("java.lang.invoke.MethodHandles", SUBMISSION_CALLS, reflection, "lookup", "publicLookup");
    on("java.lang.invoke.MethodHandles", SUBMISSION_CALLS, reflection, "privateLookupIn");
    on("java.lang.Module", SUBMISSION_CALLS, reflection, "addOpens", "addExports", "addReads");
    on("java.lang.Module", SUBMISSION_CALLS, reflection, "addUses");
    on("java.lang.StackWalker", SUBMISSION_CALLS, "inspect the stack", "getInstance");
    on("sun.misc.Unsafe", SUBMISSION_CALLS, "use sun.misc.Unsafe", "getUnsafe");
    String natives = "call native code";
    on("java.lang.foreign.Linker", SUBMISSION_ON_STACK, natives, "nativeLinker");
    on("java.lang.foreign.SymbolLookup", SUBMISSION_ON_STACK, natives, "libraryLookup");
    on("java.lang.foreign.SymbolLookup", SUBMISSION_ON_STACK, natives, "loaderLookup");
    on(
        "java.lang.management.ManagementFactory",
        SUBMISSION_CALLS,
        "inspect the JVM",
        "getPlatformMBeanServer",
        "getPlatformMXBean",
        "getPlatformMXBeans",
        "getThreadMXBean",
        "getRuntimeMXBean",
        "getMemoryMXBean",
        "getOperatingSystemMXBean",
        "getClassLoadingMXBean",
        "getCompilationMXBean",
        "getGarbageCollectorMXBeans",
        "getMemoryPoolMXBeans",
        "getMemoryManagerMXBeans",
        "newPlatformMXBeanProxy");
    on("com.sun.tools.attach.VirtualMachine", SUBMISSION_ON_STACK, "attach to JVMs", "attach");

    String output = "replace System.out, System.err or System.in";
    on("java.lang.System", SUBMISSION_ON_STACK, output, "setOut", "setErr", "setIn");
    String properties = "read or change system properties or the environment";
    on("java.lang.System", SUBMISSION_ON_STACK, properties, "setProperty", "clearProperty");
    on("java.lang.System", SUBMISSION_ON_STACK, properties, "setProperties");
    on("java.lang.System", SUBMISSION_CALLS, properties, "getProperty", "getProperties", "getenv");
    on("java.lang.Integer", SUBMISSION_CALLS, properties, "getInteger");
    on("java.lang.Long", SUBMISSION_CALLS, properties, "getLong");
    on("java.lang.Boolean", SUBMISSION_CALLS, properties, "getBoolean");
    on(
        "java.lang.System",
        SUBMISSION_ON_STACK,
        "replace the security manager",
        "setSecurityManager");
    on("java.lang.System", SUBMISSION_ON_STACK, "use the terminal", "console", "inheritedChannel");
    String defaults = "change the JVM's global defaults";
    on("java.util.Locale", SUBMISSION_ON_STACK, defaults, "setDefault");
    on("java.util.TimeZone", SUBMISSION_ON_STACK, defaults, "setDefault");
    on("java.security.Security", SUBMISSION_ON_STACK, defaults, "setProperty", "addProvider");
    on("java.security.Security", SUBMISSION_ON_STACK, defaults, "insertProviderAt");
    on("java.security.Security", SUBMISSION_ON_STACK, defaults, "removeProvider");

    String network = "use the network";
    on("sun.nio.ch.Net", SUBMISSION_ON_STACK, network, "socket", "serverSocket", "bind");
    on("sun.nio.ch.Net", SUBMISSION_ON_STACK, network, "connect");
    on("sun.nio.ch.UnixDomainSockets", SUBMISSION_ON_STACK, network, "socket", "bind", "connect");
    on(
        "java.net.InetAddress",
        SUBMISSION_ON_STACK,
        network,
        "getByName",
        "getAllByName",
        "getLocalHost",
        "getHostName",
        "getCanonicalHostName");
    on("java.net.Authenticator", SUBMISSION_ON_STACK, network, "setDefault");
    on("java.net.ProxySelector", SUBMISSION_ON_STACK, network, "setDefault");
    on("java.net.CookieHandler", SUBMISSION_ON_STACK, network, "setDefault");
    on("java.net.ResponseCache", SUBMISSION_ON_STACK, network, "setDefault");
    on("java.net.URL", SUBMISSION_ON_STACK, network, "setURLStreamHandlerFactory");
    on("java.net.URLConnection", SUBMISSION_ON_STACK, network, "setContentHandlerFactory");
    on("java.net.URLConnection", SUBMISSION_ON_STACK, network, "setFileNameMap");
    on("java.net.HttpURLConnection", SUBMISSION_ON_STACK, network, "setFollowRedirects");
    on("java.net.Socket", SUBMISSION_ON_STACK, network, "setSocketImplFactory");
    on("java.net.ServerSocket", SUBMISSION_ON_STACK, network, "setSocketFactory");

    String read = "read files";
    String write = "write, create or delete files";
    add("java.io.FileInputStream", "open", null, FILE_READ, read);
    add("java.io.FileOutputStream", "open", null, FILE_WRITE, write);
    add("java.io.RandomAccessFile", "open", null, FILE_OPEN, "open files");
    String descriptors = "use the JVM's own file descriptors";
    add("java.io.FileInputStream", "<init>", "Ljava/io/FileDescriptor;", SUBMISSION_ON_STACK, read);
    add(
        "java.io.FileOutputStream",
        "<init>",
        "Ljava/io/FileDescriptor;",
        SUBMISSION_ON_STACK,
        descriptors);
    on(
        "java.io.File",
        FILE_READ,
        read,
        "exists",
        "isDirectory",
        "isFile",
        "isHidden",
        "lastModified",
        "length",
        "list",
        "listFiles",
        "canRead",
        "canWrite",
        "canExecute",
        "getTotalSpace",
        "getFreeSpace",
        "getUsableSpace",
        "getCanonicalPath");
    on(
        "java.io.File",
        FILE_WRITE,
        write,
        "createNewFile",
        "delete",
        "deleteOnExit",
        "mkdir",
        "mkdirs",
        "renameTo",
        "setLastModified",
        "setReadOnly",
        "setWritable",
        "setReadable",
        "setExecutable",
        "createTempFile");
    fileSystemImplementation();
  }

  private GuardedCalls() {}

  /** Returns every guarded entry point, by the index guarded code passes. */
  public static List<Guarded> all() {
    return Collections.unmodifiableList(ALL);
  }

  /** Returns the entry at an index. */
  public static Guarded get(int index) {
    return ALL.get(index);
  }

  /**
   * Returns the classes with guarded entry points, as internal names ({@code java/lang/Thread}).
   */
  static Set<String> owners() {
    return ALL.stream()
        .map(g -> g.owner().replace('.', '/'))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Returns whether a class may be missing on some Java version or platform. */
  public static boolean optional(String owner) {
    return OPTIONAL.contains(owner);
  }

  private static void on(String owner, Guarded.When when, String what, String... methods) {
    for (String method : methods) {
      add(owner, method, null, when, what);
    }
  }

  private static void add(
      String owner, String method, String descriptorPart, Guarded.When when, String what) {
    ALL.add(new Guarded(owner, method, descriptorPart, when, what));
  }

  /**
   * The platform's own file system (UnixFileSystemProvider and its subclass on Linux and macOS,
   * WindowsFileSystemProvider on Windows): every method that takes a path, so java.nio.file is
   * guarded whichever public API leads there.
   */
  private static void fileSystemImplementation() {
    Class<?> provider = FileSystems.getDefault().provider().getClass();
    List<Class<?>> chain = new ArrayList<>();
    for (Class<?> c = provider; c != null && c != Object.class; c = c.getSuperclass()) {
      chain.add(c);
    }
    for (Class<?> c : chain) {
      for (Method method : c.getDeclaredMethods()) {
        if (Modifier.isAbstract(method.getModifiers()) || guarded(c.getName(), method.getName())) {
          continue;
        }
        boolean takesPath = false;
        for (Class<?> parameter : method.getParameterTypes()) {
          takesPath |= parameter == Path.class;
        }
        if (takesPath) {
          add(c.getName(), method.getName(), null, fileAccess(method.getName()), "use files");
        }
      }
    }
    Class<?> path = Path.of("").getClass();
    add(path.getName(), "toRealPath", null, FILE_READ, "read files");
    add(path.getName(), "register", null, FILE_WRITE, "watch files");
    Class<?> fileSystem = FileSystems.getDefault().getClass();
    for (Class<?> c = fileSystem; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        String name = method.getName();
        if (!Modifier.isAbstract(method.getModifiers())
            && (name.equals("newWatchService") || name.equals("getFileStores"))) {
          add(c.getName(), name, null, SUBMISSION_ON_STACK, "watch files or list file systems");
        }
      }
    }
  }

  private static boolean guarded(String owner, String method) {
    return ALL.stream().anyMatch(g -> g.owner().equals(owner) && g.method().equals(method));
  }

  /** Whether a file system method reads, writes, or opens with options, judged by its name. */
  static Guarded.When fileAccess(String method) {
    String name = method.toLowerCase(Locale.ROOT);
    if (name.contains("channel")) {
      return FILE_OPEN;
    }
    for (String writes : List.of("delete", "create", "copy", "move", "set", "write", "output")) {
      if (name.contains(writes)) {
        return FILE_WRITE;
      }
    }
    return FILE_READ;
  }
}
