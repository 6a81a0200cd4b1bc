package neurograde.isolation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Decides whether a static initialiser is trivial: straight-line code that only computes values
 * from constants (arithmetic that cannot throw, boxing, {@code Math}, string concatenation of
 * numbers and strings, lambdas capturing only such values) and stores them in its own class's
 * static final fields of a type whose values cannot change. Running it once or once per check
 * cannot be told apart: it prints nothing, calls none of the submission's code, cannot throw or
 * loop, and leaves nothing that changes.
 *
 * <p>It follows the code on an abstract stack of the values it holds. Anything it does not
 * recognise makes the initialiser non-trivial: that only costs speed, never isolation.
 */
final class TrivialInitialiser {

  /** What a stack slot holds. */
  private enum Kind {
    /** An int whose value is known. */
    INT,
    /** A value that cannot change: a number, a string, a boxed number, null, a lambda. */
    IMMUTABLE,
    /** A new array, with known length. */
    ARRAY,
    /** Anything else. */
    OTHER
  }

  /** A value on the abstract stack; {@code size} 2 for a long or double. */
  private record Value(Kind kind, int number, int size) {
    static Value intOf(int v) {
      return new Value(Kind.INT, v, 1);
    }

    static Value immutable(int size) {
      return new Value(Kind.IMMUTABLE, 0, size);
    }

    static final Value UNKNOWN_INT = new Value(Kind.IMMUTABLE, 0, 1);
    static final Value OTHER = new Value(Kind.OTHER, 0, 1);
  }

  /** Pure functions of numbers that cannot throw. */
  private static final Set<String> MATH =
      Set.of(
          "sqrt",
          "cbrt",
          "exp",
          "expm1",
          "log",
          "log10",
          "log1p",
          "pow",
          "sin",
          "cos",
          "tan",
          "asin",
          "acos",
          "atan",
          "atan2",
          "sinh",
          "cosh",
          "tanh",
          "hypot",
          "abs",
          "max",
          "min",
          "floor",
          "ceil",
          "rint",
          "round",
          "signum",
          "toRadians",
          "toDegrees",
          "ulp",
          "fma",
          "copySign",
          "nextUp",
          "nextDown",
          "scalb",
          "getExponent");

  private static final Set<String> BOXES =
      Set.of(
          "java/lang/Integer",
          "java/lang/Long",
          "java/lang/Double",
          "java/lang/Float",
          "java/lang/Short",
          "java/lang/Byte",
          "java/lang/Character",
          "java/lang/Boolean");

  private final ClassNode owner;
  private final Deque<Value> stack = new ArrayDeque<>();

  private TrivialInitialiser(ClassNode owner) {
    this.owner = owner;
  }

  /** Returns what makes the static initialiser not trivial, or empty if it is. */
  static Optional<String> whyNot(ClassNode owner, MethodNode clinit) {
    if (!clinit.tryCatchBlocks.isEmpty()) {
      return Optional.of("catches exceptions");
    }
    TrivialInitialiser initialiser = new TrivialInitialiser(owner);
    for (AbstractInsnNode insn : clinit.instructions) {
      if (insn.getOpcode() < 0) {
        continue; // a label, a line number or a frame
      }
      String why = initialiser.step(insn);
      if (why != null) {
        return Optional.of(why);
      }
    }
    return Optional.empty();
  }

  /** Follows one instruction; returns why it is not trivial, or null. */
  private String step(AbstractInsnNode insn) {
    int op = insn.getOpcode();
    switch (op) {
      case Opcodes.ACONST_NULL -> push(Value.immutable(1));
      case Opcodes.ICONST_M1,
          Opcodes.ICONST_0,
          Opcodes.ICONST_1,
          Opcodes.ICONST_2,
          Opcodes.ICONST_3,
          Opcodes.ICONST_4,
          Opcodes.ICONST_5 ->
          push(Value.intOf(op - Opcodes.ICONST_0));
      case Opcodes.BIPUSH, Opcodes.SIPUSH -> push(Value.intOf(((IntInsnNode) insn).operand));
      case Opcodes.LCONST_0, Opcodes.LCONST_1, Opcodes.DCONST_0, Opcodes.DCONST_1 ->
          push(Value.immutable(2));
      case Opcodes.FCONST_0, Opcodes.FCONST_1, Opcodes.FCONST_2 -> push(Value.immutable(1));
      case Opcodes.LDC -> {
        Object constant = ((LdcInsnNode) insn).cst;
        if (constant instanceof Integer i) {
          push(Value.intOf(i));
        } else if (constant instanceof Long || constant instanceof Double) {
          push(Value.immutable(2));
        } else if (constant instanceof Float || constant instanceof String) {
          push(Value.immutable(1));
        } else {
          return "loads " + constant;
        }
      }
      case Opcodes.IADD,
          Opcodes.ISUB,
          Opcodes.IMUL,
          Opcodes.ISHL,
          Opcodes.ISHR,
          Opcodes.IUSHR,
          Opcodes.IAND,
          Opcodes.IOR,
          Opcodes.IXOR,
          Opcodes.FADD,
          Opcodes.FSUB,
          Opcodes.FMUL,
          Opcodes.FDIV,
          Opcodes.FREM,
          Opcodes.FCMPL,
          Opcodes.FCMPG -> {
        pop(2);
        push(Value.UNKNOWN_INT);
      }
      case Opcodes.LADD,
          Opcodes.LSUB,
          Opcodes.LMUL,
          Opcodes.LAND,
          Opcodes.LOR,
          Opcodes.LXOR,
          Opcodes.DADD,
          Opcodes.DSUB,
          Opcodes.DMUL,
          Opcodes.DDIV,
          Opcodes.DREM -> {
        pop(2);
        push(Value.immutable(2));
      }
      case Opcodes.LSHL, Opcodes.LSHR, Opcodes.LUSHR -> {
        pop(2);
        push(Value.immutable(2));
      }
      case Opcodes.LCMP, Opcodes.DCMPL, Opcodes.DCMPG -> {
        pop(2);
        push(Value.UNKNOWN_INT);
      }
      case Opcodes.INEG, Opcodes.FNEG, Opcodes.LNEG, Opcodes.DNEG -> push(pop());
      case Opcodes.I2L, Opcodes.I2D, Opcodes.F2L, Opcodes.F2D -> {
        pop();
        push(Value.immutable(2));
      }
      case Opcodes.L2I, Opcodes.D2I, Opcodes.F2I, Opcodes.I2B, Opcodes.I2C, Opcodes.I2S -> {
        pop();
        push(Value.UNKNOWN_INT);
      }
      case Opcodes.I2F, Opcodes.L2F, Opcodes.D2F -> {
        pop();
        push(Value.immutable(1));
      }
      case Opcodes.L2D, Opcodes.D2L -> {
        pop();
        push(Value.immutable(2));
      }
      case Opcodes.DUP -> {
        Value top = pop();
        push(top);
        push(top);
      }
      case Opcodes.POP -> pop();
      case Opcodes.NEWARRAY, Opcodes.ANEWARRAY -> {
        Value length = pop();
        if (length.kind() != Kind.INT || length.number() < 0) {
          return "makes an array of a length it computes";
        }
        push(new Value(Kind.ARRAY, length.number(), 1));
      }
      case Opcodes.IASTORE,
          Opcodes.LASTORE,
          Opcodes.FASTORE,
          Opcodes.DASTORE,
          Opcodes.BASTORE,
          Opcodes.CASTORE,
          Opcodes.SASTORE,
          Opcodes.AASTORE -> {
        Value value = pop();
        Value index = pop();
        Value array = pop();
        if (array.kind() != Kind.ARRAY
            || index.kind() != Kind.INT
            || index.number() < 0
            || index.number() >= array.number()
            || value.kind() == Kind.OTHER
            || value.kind() == Kind.ARRAY) {
          return "stores into an array";
        }
      }
      case Opcodes.GETSTATIC -> {
        FieldInsnNode field = (FieldInsnNode) insn;
        if (!field.owner.equals(owner.name) && field.owner.startsWith("neurons/")) {
          // the other class's initialiser would run first, or not: the value depends on the order
          return "reads a static field of " + field.owner.replace('/', '.');
        }
        Type type = Type.getType(field.desc);
        push(
            StaticState.immutableType(field.desc)
                ? Value.immutable(type.getSize())
                : new Value(Kind.OTHER, 0, type.getSize()));
      }
      case Opcodes.PUTSTATIC -> {
        return putStatic((FieldInsnNode) insn);
      }
      case Opcodes.INVOKESTATIC -> {
        return invokeStatic((MethodInsnNode) insn);
      }
      case Opcodes.INVOKEDYNAMIC -> {
        return invokeDynamic((InvokeDynamicInsnNode) insn);
      }
      case Opcodes.RETURN -> {
        return null;
      }
      default -> {
        return "runs " + opcodeName(insn);
      }
    }
    return null;
  }

  private String putStatic(FieldInsnNode insn) {
    Value value = pop();
    if (!insn.owner.equals(owner.name)) {
      return "sets a static field of " + insn.owner.replace('/', '.');
    }
    FieldNode field =
        owner.fields.stream()
            .filter(f -> f.name.equals(insn.name) && f.desc.equals(insn.desc))
            .findFirst()
            .orElse(null);
    if (field == null || (field.access & Opcodes.ACC_STATIC) == 0) {
      return "sets a field it does not declare";
    }
    if (StaticState.immutableType(field.desc)) {
      return null;
    }
    if (value.kind() == Kind.IMMUTABLE) {
      return null;
    }
    return "sets "
        + field.name
        + " to "
        + (value.kind() == Kind.ARRAY ? "an array, whose elements can change" : "an object");
  }

  private String invokeStatic(MethodInsnNode insn) {
    Type method = Type.getMethodType(insn.desc);
    boolean boxing = BOXES.contains(insn.owner) && insn.name.equals("valueOf");
    boolean math =
        (insn.owner.equals("java/lang/Math") || insn.owner.equals("java/lang/StrictMath"))
            && MATH.contains(insn.name);
    boolean stringOf = insn.owner.equals("java/lang/String") && insn.name.equals("valueOf");
    if (!(boxing || math || stringOf) || !primitiveArguments(method)) {
      return "calls " + insn.owner.replace('/', '.') + "." + insn.name;
    }
    for (Type ignored : method.getArgumentTypes()) {
      pop();
    }
    push(Value.immutable(method.getReturnType().getSize()));
    return null;
  }

  private String invokeDynamic(InvokeDynamicInsnNode insn) {
    Handle bootstrap = insn.bsm;
    boolean concat =
        bootstrap.getOwner().equals("java/lang/invoke/StringConcatFactory")
            && bootstrap.getName().startsWith("makeConcat");
    boolean lambda =
        bootstrap.getOwner().equals("java/lang/invoke/LambdaMetafactory")
            && (bootstrap.getName().equals("metafactory")
                || bootstrap.getName().equals("altMetafactory"));
    Type method = Type.getMethodType(insn.desc);
    if (!(concat || lambda) || !immutableArguments(method)) {
      return "makes " + (lambda ? "a lambda that captures an object" : "a dynamic call");
    }
    for (Type ignored : method.getArgumentTypes()) {
      if (pop().kind() == Kind.OTHER) {
        return "builds a value from an object";
      }
    }
    push(Value.immutable(1));
    return null;
  }

  private static boolean primitiveArguments(Type method) {
    for (Type argument : method.getArgumentTypes()) {
      if (argument.getSort() == Type.OBJECT || argument.getSort() == Type.ARRAY) {
        return false;
      }
    }
    return true;
  }

  private static boolean immutableArguments(Type method) {
    for (Type argument : method.getArgumentTypes()) {
      if (!StaticState.immutableType(argument.getDescriptor())) {
        return false;
      }
    }
    return true;
  }

  private void push(Value value) {
    stack.push(value);
  }

  private Value pop() {
    Value value = stack.poll();
    return value == null ? Value.OTHER : value;
  }

  private void pop(int count) {
    for (int i = 0; i < count; i++) {
      pop();
    }
  }

  private static String opcodeName(AbstractInsnNode insn) {
    for (java.lang.reflect.Field field : Opcodes.class.getFields()) {
      try {
        if (field.getType() == int.class
            && field.getInt(null) == insn.getOpcode()
            && !field.getName().startsWith("ACC_")
            && !field.getName().startsWith("ASM")
            && !field.getName().startsWith("V")
            && !field.getName().startsWith("T_")
            && !field.getName().startsWith("H_")
            && !field.getName().startsWith("F_")) {
          return field.getName().toLowerCase(java.util.Locale.ROOT);
        }
      } catch (IllegalAccessException e) {
        break;
      }
    }
    return "instruction " + insn.getOpcode();
  }
}
