package neurograde.screen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import neurograde.compile.CourseClasses;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Screens a submission's compiled classes against the {@link Allowlist} before any of its code
 * runs.
 *
 * <p>A method that uses something refused is quarantined: its body is replaced by a throw, so it
 * can never run, and every check that can reach it (through the {@link CallGraph}) is reported as
 * affected, so the items it feeds score zero. Classes outside package {@code neurons}, or named
 * like a class the course provides, are removed. Unseeded {@code new Random()} becomes {@code new
 * Random(seed)}, so a submission is graded the same way every time.
 */
public final class BytecodeScreen {

  private static final String EXPERIMENTS = CourseClasses.PACKAGE + "/Experiments";

  /** Seed given to every unseeded Random in student code. */
  public static final long RANDOM_SEED = 20260114L;

  private BytecodeScreen() {}

  /**
   * Screens the classes of one submission.
   *
   * @param classes compiled classes by binary name
   * @param checks the entry points of every check
   */
  public static ScreenResult screen(Map<String, byte[]> classes, List<EntryPoints> checks) {
    long start = System.nanoTime();
    Map<String, ClassNode> nodes = new TreeMap<>();
    Map<String, String> refused = new TreeMap<>();
    for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
      ClassNode node = new ClassNode();
      new ClassReader(entry.getValue()).accept(node, 0);
      String binary = entry.getKey();
      String pkg = binary.contains(".") ? binary.substring(0, binary.lastIndexOf('.')) : "";
      if (!pkg.equals(CourseClasses.PACKAGE)) {
        refused.put(binary, binary + " is outside package neurons; it was not run");
      } else if (CourseClasses.isProvided(binary)) {
        refused.put(
            binary,
            binary + " has the name of a class the course provides; the course's copy was used");
      } else {
        nodes.put(node.name, node);
      }
    }

    Map<MethodRef, MethodNode> methods = new LinkedHashMap<>();
    Map<String, List<MethodRef>> byNameAndDescriptor = new HashMap<>();
    for (ClassNode node : nodes.values()) {
      for (MethodNode method : node.methods) {
        MethodRef ref = new MethodRef(node.name, method.name, method.desc);
        methods.put(ref, method);
        byNameAndDescriptor
            .computeIfAbsent(method.name + method.desc, k -> new ArrayList<>())
            .add(ref);
      }
    }

    CallGraph graph = new CallGraph();
    Map<MethodRef, List<Use>> uses = new LinkedHashMap<>();
    for (ClassNode node : nodes.values()) {
      for (MethodNode method : node.methods) {
        MethodRef from = new MethodRef(node.name, method.name, method.desc);
        uses.put(from, scan(from, method, nodes, methods, byNameAndDescriptor, graph));
      }
    }
    linkInherited(nodes, graph);

    List<MethodRef> allRoots = new ArrayList<>();
    for (EntryPoints check : checks) {
      allRoots.addAll(roots(check.patterns(), methods, nodes));
    }
    Set<MethodRef> graded = graph.reachable(allRoots, Set.of());
    // Plotting and files are allowed only in code that Experiments.main reaches and no check does;
    // anything else the call graph might miss is screened as strictly as graded code.
    // A student's own launcher (any static main) is never run by the grader either.
    List<MethodRef> mains = new ArrayList<>();
    for (MethodRef ref : methods.keySet()) {
      if (ref.name().equals("main")
          && ref.descriptor().equals("([Ljava/lang/String;)V")
          && (methods.get(ref).access & Opcodes.ACC_STATIC) != 0) {
        mains.add(ref);
      }
    }
    Set<MethodRef> plotting = graph.reachable(mains, Set.of());
    // Experiments.main is run for its plots only if all it reaches passes the strict screen.
    Set<MethodRef> experimentsMain =
        graph.reachable(
            mains.stream().filter(m -> m.owner().equals(EXPERIMENTS)).toList(), Set.of());
    Violation mainRefusal = null;

    List<Violation> violations = new ArrayList<>();
    List<Violation> unreached = new ArrayList<>();
    Map<MethodRef, Violation> quarantined = new LinkedHashMap<>();
    for (ClassNode node : nodes.values()) {
      Optional<String> superRefusal = supertypeRefusal(node);
      for (MethodNode method : node.methods) {
        MethodRef ref = new MethodRef(node.name, method.name, method.desc);
        boolean isGraded = graded.contains(ref) || !plotting.contains(ref);
        List<Violation> found = new ArrayList<>();
        if (superRefusal.isPresent() && method.name.equals("<init>")) {
          found.add(
              violation(
                  node,
                  method,
                  null,
                  superRefusal.get(),
                  "extends " + superRefusal.get(),
                  isGraded));
        }
        if ((method.access & Opcodes.ACC_NATIVE) != 0) {
          found.add(
              violation(node, method, null, "native code", "declares a native method", isGraded));
        }
        if (method.name.equals("finalize") && method.desc.equals("()V")) {
          found.add(
              violation(
                  node,
                  method,
                  null,
                  "finalize()",
                  "overrides finalize, which runs on another thread",
                  isGraded));
        }
        for (Use use : uses.get(ref)) {
          Optional<String> why =
              use.refusal != null
                  ? Optional.of(use.refusal)
                  : Allowlist.refusal(use.owner, use.name, use.field, !isGraded);
          why.ifPresent(
              w -> found.add(violation(node, method, use.line, use.describe(), w, isGraded)));
          if (mainRefusal == null && !isGraded && experimentsMain.contains(ref)) {
            Optional<String> strict = Allowlist.refusal(use.owner, use.name, use.field, false);
            if (strict.isPresent()) {
              mainRefusal = violation(node, method, use.line, use.describe(), strict.get(), false);
            }
          }
        }
        if (mainRefusal == null && !found.isEmpty() && experimentsMain.contains(ref)) {
          mainRefusal = found.get(0);
        }
        if (!found.isEmpty()) {
          violations.addAll(found);
          quarantined.put(ref, found.get(0));
          if (!graded.contains(ref)) {
            unreached.addAll(found);
          }
        }
      }
    }

    // Seeding Randoms and stubbing methods adds a few bytes; a method or class at the JVM's size
    // limit would then not fit: such a method is quarantined too, such a class refused.
    Map<String, byte[]> rewritten = new TreeMap<>();
    for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
      if (refused.containsKey(entry.getKey())) {
        continue;
      }
      byte[] bytes = null;
      while (bytes == null) {
        try {
          bytes = Quarantine.rewrite(entry.getValue(), quarantined);
        } catch (MethodTooLargeException e) {
          MethodRef ref = new MethodRef(e.getClassName(), e.getMethodName(), e.getDescriptor());
          if (quarantined.containsKey(ref) || !methods.containsKey(ref)) {
            refused.put(entry.getKey(), tooLarge(entry.getKey()));
            break;
          }
          Violation v =
              violation(
                  nodes.get(e.getClassName()),
                  methods.get(ref),
                  null,
                  e.getCodeSize() + " bytes of bytecode",
                  "is too large for the grader to screen (a method may have 64 KB of bytecode)",
                  graded.contains(ref) || !plotting.contains(ref));
          violations.add(v);
          quarantined.put(ref, v);
          if (!graded.contains(ref)) {
            unreached.add(v);
          }
        } catch (ClassTooLargeException e) {
          refused.put(entry.getKey(), tooLarge(entry.getKey()));
          break;
        }
      }
      if (bytes != null) {
        rewritten.put(entry.getKey(), bytes);
      }
    }
    // Only where redirected randomness uses it: its Random is static state that changes, so a
    // submission with it gets fresh classes for every check (StaticState).
    if (rewritten.values().stream().anyMatch(SeededRandom::isUsedBy)) {
      rewritten.put(SeededRandom.BINARY_NAME, SeededRandom.classFile());
    }
    violations.sort(
        Comparator.comparing(Violation::className)
            .thenComparing(v -> v.line() == null ? 0 : v.line()));

    Map<String, Violation> affected = new TreeMap<>();
    for (EntryPoints check : checks) {
      Set<MethodRef> reach =
          graph.reachable(roots(check.patterns(), methods, nodes), check.fromReference());
      quarantined.entrySet().stream()
          .filter(q -> reach.contains(q.getKey()))
          .map(Map.Entry::getValue)
          .min(
              Comparator.comparing(Violation::className)
                  .thenComparing(v -> v.line() == null ? 0 : v.line()))
          .ifPresent(v -> affected.put(check.checkId(), v));
    }

    long ms = (System.nanoTime() - start) / 1_000_000;
    return new ScreenResult(rewritten, violations, refused, affected, unreached, ms)
        .withMainRefusal(mainRefusal);
  }

  private static String tooLarge(String binaryName) {
    return binaryName
        + " is too large for the grader to screen (a class file's limits are 64 KB a method and"
        + " 65,535 constants); it was not run";
  }

  private static List<MethodRef> roots(
      List<String> patterns, Map<MethodRef, MethodNode> methods, Map<String, ClassNode> nodes) {
    List<MethodRef> roots = new ArrayList<>();
    for (String pattern : patterns) {
      int hash = pattern.indexOf('#');
      // the grader calls the method on the class; the JVM may find it in a student superclass
      Set<String> owners =
          withSupertypes(CourseClasses.PACKAGE + "/" + pattern.substring(0, hash), nodes);
      String name = pattern.substring(hash + 1);
      for (MethodRef ref : methods.keySet()) {
        if (!owners.contains(ref.owner())) {
          continue;
        }
        boolean match =
            name.endsWith("*")
                ? ref.name().startsWith(name.substring(0, name.length() - 1))
                : ref.name().equals(name);
        if (match || ref.name().equals("<clinit>")) {
          roots.add(ref);
        }
      }
    }
    return roots;
  }

  private static List<Use> scan(
      MethodRef from,
      MethodNode method,
      Map<String, ClassNode> nodes,
      Map<MethodRef, MethodNode> methods,
      Map<String, List<MethodRef>> byNameAndDescriptor,
      CallGraph graph) {
    List<Use> uses = new ArrayList<>();
    Integer line = null;
    for (AbstractInsnNode insn = method.instructions.getFirst();
        insn != null;
        insn = insn.getNext()) {
      if (insn instanceof LineNumberNode number) {
        line = number.line;
      } else if (insn instanceof MethodInsnNode call) {
        if (nodes.containsKey(call.owner)) {
          if (call.name.equals("<init>")) {
            linkConstructor(from, call.owner, call.desc, methods, graph);
          } else {
            linkCall(from, call.name + call.desc, byNameAndDescriptor, graph);
          }
          linkInitializer(from, call.owner, nodes, methods, graph);
          if (!call.name.equals("<init>")
              && !declaredInStudentTypes(call.owner, call.name, call.desc, nodes)) {
            // Inherited from the JDK (a Bag extending ArrayList calling parallelStream): the call
            // runs JDK code, so it is screened as a call to the JDK supertypes.
            for (String supertype : jdkSupertypes(call.owner, nodes)) {
              uses.add(new Use(supertype, call.name, false, line, null));
            }
          }
        } else {
          uses.add(new Use(call.owner, call.name, false, line, null));
        }
      } else if (insn instanceof FieldInsnNode access) {
        if (nodes.containsKey(access.owner)) {
          linkInitializer(from, access.owner, nodes, methods, graph);
        } else {
          uses.add(new Use(access.owner, access.name, true, line, null));
        }
      } else if (insn instanceof TypeInsnNode type && insn.getOpcode() == Opcodes.NEW) {
        if (nodes.containsKey(type.desc)) {
          linkInstantiation(from, type.desc, nodes, methods, graph);
        }
      } else if (insn instanceof InvokeDynamicInsnNode indy) {
        if (!Allowlist.isAllowedBootstrap(indy.bsm.getOwner())) {
          uses.add(
              new Use(
                  indy.bsm.getOwner(),
                  indy.bsm.getName(),
                  false,
                  line,
                  "uses invokedynamic with " + indy.bsm.getOwner().replace('/', '.')));
        }
        for (Object argument : indy.bsmArgs) {
          if (argument instanceof Handle handle) {
            if (nodes.containsKey(handle.getOwner())) {
              if (handle.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
                // a constructor reference (Task::new): the object it makes escapes like one from
                // new
                linkConstructor(from, handle.getOwner(), handle.getDesc(), methods, graph);
                linkInstantiation(from, handle.getOwner(), nodes, methods, graph);
              } else if (handle.getName().equals("<init>")) {
                linkConstructor(from, handle.getOwner(), handle.getDesc(), methods, graph);
              } else {
                linkCall(from, handle.getName() + handle.getDesc(), byNameAndDescriptor, graph);
              }
              linkInitializer(from, handle.getOwner(), nodes, methods, graph);
            } else {
              boolean field = handle.getTag() <= Opcodes.H_PUTSTATIC;
              uses.add(new Use(handle.getOwner(), handle.getName(), field, line, null));
            }
          }
        }
      } else if (insn instanceof LdcInsnNode ldc) {
        if (ldc.cst instanceof Type type
            && type.getSort() == Type.OBJECT
            && nodes.containsKey(type.getInternalName())) {
          // A class literal can initialise its class (EnumSet.allOf, getEnumConstants).
          linkInitializer(from, type.getInternalName(), nodes, methods, graph);
        }
        if (ldc.cst instanceof Handle
            || ldc.cst instanceof org.objectweb.asm.ConstantDynamic
            || (ldc.cst instanceof Type type && type.getSort() == Type.METHOD)) {
          uses.add(
              new Use("java/lang/invoke/MethodHandle", null, false, line, "uses method handles"));
        }
      }
    }
    return uses;
  }

  private static void linkCall(
      MethodRef from,
      String nameAndDescriptor,
      Map<String, List<MethodRef>> byNameAndDescriptor,
      CallGraph graph) {
    for (MethodRef target : byNameAndDescriptor.getOrDefault(nameAndDescriptor, List.of())) {
      graph.add(from, target);
    }
  }

  /**
   * Links a constructor call: constructors are not inherited or overridden, so only the named one
   * runs.
   */
  private static void linkConstructor(
      MethodRef from,
      String owner,
      String descriptor,
      Map<MethodRef, MethodNode> methods,
      CallGraph graph) {
    MethodRef constructor = new MethodRef(owner, "<init>", descriptor);
    if (methods.containsKey(constructor)) {
      graph.add(from, constructor);
    }
  }

  /**
   * Links the static initializers that touching a class can run: its own and its student
   * supertypes'.
   */
  private static void linkInitializer(
      MethodRef from,
      String owner,
      Map<String, ClassNode> nodes,
      Map<MethodRef, MethodNode> methods,
      CallGraph graph) {
    for (String type : withSupertypes(owner, nodes)) {
      MethodRef clinit = new MethodRef(type, "<clinit>", "()V");
      if (methods.containsKey(clinit)) {
        graph.add(from, clinit);
      }
    }
  }

  /**
   * Links creating an object of a student class: the JDK may call any of its instance methods (run,
   * compareTo ...).
   */
  private static void linkInstantiation(
      MethodRef from,
      String type,
      Map<String, ClassNode> nodes,
      Map<MethodRef, MethodNode> methods,
      CallGraph graph) {
    linkInitializer(from, type, nodes, methods, graph);
    for (MethodNode candidate : nodes.get(type).methods) {
      if ((candidate.access & Opcodes.ACC_STATIC) == 0) {
        graph.add(from, new MethodRef(type, candidate.name, candidate.desc));
      }
    }
  }

  /**
   * Links each constructor to the instance methods its object inherits from student superclasses
   * and interfaces (default methods), so creating an object reaches them too, unless its class is
   * cut.
   */
  private static void linkInherited(Map<String, ClassNode> nodes, CallGraph graph) {
    for (ClassNode node : nodes.values()) {
      for (String supertype : withSupertypes(node.name, nodes)) {
        if (supertype.equals(node.name)) {
          continue;
        }
        for (MethodNode inherited : nodes.get(supertype).methods) {
          if ((inherited.access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT)) != 0) {
            continue;
          }
          for (MethodNode constructor : node.methods) {
            if (constructor.name.equals("<init>")) {
              graph.add(
                  new MethodRef(node.name, constructor.name, constructor.desc),
                  new MethodRef(supertype, inherited.name, inherited.desc));
            }
          }
        }
      }
    }
  }

  /** Returns a student class and its student superclasses and interfaces, transitively. */
  private static Set<String> withSupertypes(String owner, Map<String, ClassNode> nodes) {
    Set<String> found = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(owner));
    while (!queue.isEmpty()) {
      String name = queue.poll();
      ClassNode node = nodes.get(name);
      if (node != null && found.add(name)) {
        if (node.superName != null) {
          queue.add(node.superName);
        }
        queue.addAll(node.interfaces);
      }
    }
    return found;
  }

  private static boolean declaredInStudentTypes(
      String owner, String name, String descriptor, Map<String, ClassNode> nodes) {
    for (String type : withSupertypes(owner, nodes)) {
      for (MethodNode method : nodes.get(type).methods) {
        if (method.name.equals(name) && method.desc.equals(descriptor)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The supertypes outside the submission of a student class and its student supertypes. */
  private static Set<String> jdkSupertypes(String owner, Map<String, ClassNode> nodes) {
    Set<String> found = new LinkedHashSet<>();
    for (String type : withSupertypes(owner, nodes)) {
      ClassNode node = nodes.get(type);
      if (node.superName != null && !nodes.containsKey(node.superName)) {
        found.add(node.superName);
      }
      for (String implemented : node.interfaces) {
        if (!nodes.containsKey(implemented)) {
          found.add(implemented);
        }
      }
    }
    return found;
  }

  private static Optional<String> supertypeRefusal(ClassNode node) {
    List<String> supertypes = new ArrayList<>();
    if (node.superName != null) {
      supertypes.add(node.superName);
    }
    supertypes.addAll(node.interfaces);
    for (String supertype : supertypes) {
      Optional<String> why = Allowlist.refusal(supertype, null, false, false);
      if (why.isPresent() || supertype.equals("java/io/PrintStream")) {
        return Optional.of(supertype.replace('/', '.'));
      }
    }
    return Optional.empty();
  }

  private static Violation violation(
      ClassNode node, MethodNode method, Integer line, String what, String why, boolean graded) {
    return new Violation(
        node.name.replace('/', '.'),
        method.name,
        method.desc,
        node.sourceFile,
        line,
        what,
        why,
        graded);
  }

  /** A use of a member of a class that is not the student's. */
  private record Use(String owner, String name, boolean field, Integer line, String refusal) {
    String describe() {
      return owner.replace('/', '.') + (name == null ? "" : "." + name);
    }
  }
}
