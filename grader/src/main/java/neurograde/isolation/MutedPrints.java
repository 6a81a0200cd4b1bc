package neurograde.isolation;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Makes the text of a submission's print statements cost nothing once its output is cut: a string
 * concatenation whose only use is to be printed by {@code System.out.print} or {@code println} (as
 * in {@code System.out.println("v=" + v)}) gets a bootstrap that returns an empty string, without
 * formatting a number, while the worker says output is muted. A submission that prints thousands of
 * lines a step then costs about what it costs without printing.
 *
 * <p>Nothing else changes: the concatenation's operands are still computed (calls, side effects and
 * exceptions happen as before), and only concatenations of numbers, strings, booleans and
 * characters are muted, whose text has no side effect to skip (an object's {@code toString} could).
 */
public final class MutedPrints {

  private static final String CONCAT_FACTORY = "java/lang/invoke/StringConcatFactory";
  private static final String PRINT_STREAM = "java/io/PrintStream";
  private static final String STRING = "java/lang/String";

  private MutedPrints() {}

  /**
   * Returns the class with the concatenations it prints given the muting bootstrap, or the same
   * bytes if it has none (or cannot be analysed).
   *
   * @param bootstrapOwner internal name of the class whose static bootstrap methods {@code
   *     makeConcatWithConstants} and {@code makeConcat} (with {@link
   *     java.lang.invoke.StringConcatFactory}'s signatures) mute while output is muted
   */
  public static byte[] add(byte[] bytes, String bootstrapOwner) {
    ClassNode node = new ClassNode();
    try {
      new ClassReader(bytes).accept(node, 0);
      int changed = 0;
      for (MethodNode method : node.methods) {
        changed += mute(node.name, method, bootstrapOwner);
      }
      if (changed == 0) {
        return bytes;
      }
      ClassWriter writer = new ClassWriter(0);
      node.accept(writer);
      return writer.toByteArray();
    } catch (RuntimeException | AnalyzerException e) {
      return bytes; // unusual code keeps its full cost, nothing worse
    }
  }

  /** Redirects the method's printed concatenations; returns how many. */
  private static int mute(String owner, MethodNode method, String bootstrapOwner)
      throws AnalyzerException {
    if (method.instructions.size() == 0 || !hasConcatenation(method)) {
      return 0;
    }
    Frame<SourceValue>[] frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
    int changed = 0;
    AbstractInsnNode[] code = method.instructions.toArray();
    for (int i = 0; i < code.length; i++) {
      if (!(code[i] instanceof InvokeDynamicInsnNode concat) || !mutable(concat)) {
        continue;
      }
      int next = nextOpcode(code, i);
      if (next < 0 || !printsAString(code[next]) || frames[next] == null) {
        continue;
      }
      Frame<SourceValue> atPrint = frames[next];
      SourceValue receiver = atPrint.getStack(atPrint.getStackSize() - 2);
      if (!fromSystemOut(receiver)) {
        continue;
      }
      concat.bsm =
          new Handle(
              Opcodes.H_INVOKESTATIC,
              bootstrapOwner,
              concat.bsm.getName(),
              concat.bsm.getDesc(),
              false);
      changed++;
    }
    return changed;
  }

  private static boolean hasConcatenation(MethodNode method) {
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof InvokeDynamicInsnNode indy
          && indy.bsm.getOwner().equals(CONCAT_FACTORY)) {
        return true;
      }
    }
    return false;
  }

  /** A concatenation of values whose text has no side effect to skip. */
  private static boolean mutable(InvokeDynamicInsnNode indy) {
    if (!indy.bsm.getOwner().equals(CONCAT_FACTORY)
        || !(indy.bsm.getName().equals("makeConcatWithConstants")
            || indy.bsm.getName().equals("makeConcat"))) {
      return false;
    }
    for (Type argument : Type.getArgumentTypes(indy.desc)) {
      if ((argument.getSort() == Type.OBJECT || argument.getSort() == Type.ARRAY)
          && !StaticState.immutableType(argument.getDescriptor())) {
        return false;
      }
    }
    return Type.getReturnType(indy.desc).getInternalName().equals(STRING);
  }

  /** {@code PrintStream.print(String)} or {@code println(String)}. */
  private static boolean printsAString(AbstractInsnNode insn) {
    return insn instanceof MethodInsnNode call
        && call.getOpcode() == Opcodes.INVOKEVIRTUAL
        && call.owner.equals(PRINT_STREAM)
        && (call.name.equals("print") || call.name.equals("println"))
        && call.desc.equals("(Ljava/lang/String;)V");
  }

  /** Whether a stack value can only be {@code System.out} or {@code System.err}. */
  private static boolean fromSystemOut(SourceValue value) {
    if (value.insns.isEmpty()) {
      return false;
    }
    for (AbstractInsnNode source : value.insns) {
      if (!(source instanceof FieldInsnNode field)
          || field.getOpcode() != Opcodes.GETSTATIC
          || !field.owner.equals("java/lang/System")
          || !(field.name.equals("out") || field.name.equals("err"))) {
        return false;
      }
    }
    return true;
  }

  /** The index of the next instruction with an opcode after {@code i} (not a label), or -1. */
  private static int nextOpcode(AbstractInsnNode[] code, int i) {
    for (int j = i + 1; j < code.length; j++) {
      if (code[j].getOpcode() >= 0) {
        return j;
      }
    }
    return -1;
  }
}
