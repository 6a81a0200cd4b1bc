package neurograde.run.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The student's LIFNeuron with {@code slope()} ending in the course's equations, {@code dvdt = (s -
 * v) / tauM} and {@code dsdt = -s / tauS}, written to the fields the student's own getters read, so
 * that {@code step} is judged with the reference's slopes when the student's are wrong or
 * unfinished (SPEC 2.2's layers): whatever else their slope() does (take the input, remember v) it
 * still does, and where it throws (the template's stub, an unfinished helper) it sets the slopes
 * and returns instead.
 *
 * <p>Only for a class whose getters of those six values are plain reads of its own fields (as the
 * course's provided getters are); any other class is left as it is.
 */
final class EquationSlope {

  private static final String LIF = "neurons/LIFNeuron";

  /** What the worker's request to stop throws into submission code. */
  private static final String STOPPED = "neurograde/run/guard/Gate$Stopped";

  private EquationSlope() {}

  /** Returns the class file with the equations' slope(), or empty if it cannot take it. */
  static Optional<byte[]> apply(byte[] bytes) {
    try {
      ClassNode node = new ClassNode();
      new ClassReader(bytes).accept(node, 0);
      if (!node.name.equals(LIF)) {
        return Optional.empty();
      }
      Map<String, FieldNode> read = new java.util.HashMap<>();
      for (String getter : List.of("getV", "getS", "getTauM", "getTauS", "getDvdt", "getDsdt")) {
        FieldNode field = plainRead(node, getter);
        if (field == null) {
          return Optional.empty();
        }
        read.put(getter, field);
      }
      FieldNode dvdt = read.get("getDvdt");
      FieldNode dsdt = read.get("getDsdt");
      java.util.Set<FieldNode> state =
          java.util.Set.of(
              read.get("getV"), read.get("getS"), read.get("getTauM"), read.get("getTauS"));
      if (dvdt == dsdt
          || state.contains(dvdt)
          || state.contains(dsdt)
          || isFinal(dvdt)
          || isFinal(dsdt)) {
        return Optional.empty(); // writing the slopes would change the neuron's state
      }
      MethodNode slope = method(node, "slope", "()V");
      if (slope == null || (slope.access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT)) != 0) {
        return Optional.empty();
      }
      for (AbstractInsnNode insn : slope.instructions.toArray()) {
        if (insn.getOpcode() == Opcodes.RETURN) {
          slope.instructions.insertBefore(insn, equations(read));
        }
      }
      catchEverything(slope, read);
      ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
      node.accept(writer);
      return Optional.of(writer.toByteArray());
    } catch (RuntimeException e) {
      return Optional.empty(); // a class ASM cannot rewrite keeps its own slope()
    }
  }

  /**
   * Whatever the student's slope() throws, itself or in a method it calls (the template's stub, an
   * unfinished helper), it sets the slopes and returns instead; only the worker's request to stop
   * is thrown on.
   */
  private static void catchEverything(MethodNode slope, Map<String, FieldNode> read) {
    LabelNode start = new LabelNode();
    LabelNode end = new LabelNode();
    LabelNode handler = new LabelNode();
    LabelNode swallow = new LabelNode();
    Object[] locals = {LIF};
    Object[] thrown = {"java/lang/Throwable"};
    slope.instructions.insert(start);
    InsnList code = new InsnList();
    code.add(end);
    code.add(handler);
    code.add(new FrameNode(Opcodes.F_FULL, 1, locals, 1, thrown));
    code.add(new InsnNode(Opcodes.DUP));
    code.add(new TypeInsnNode(Opcodes.INSTANCEOF, STOPPED));
    code.add(new JumpInsnNode(Opcodes.IFEQ, swallow));
    code.add(new InsnNode(Opcodes.ATHROW));
    code.add(swallow);
    code.add(new FrameNode(Opcodes.F_FULL, 1, locals, 1, thrown));
    code.add(new InsnNode(Opcodes.POP));
    code.add(equations(read));
    code.add(new InsnNode(Opcodes.RETURN));
    slope.instructions.add(code);
    slope.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null));
  }

  /** {@code this.dvdt = (s - v) / tauM; this.dsdt = -s / tauS}. */
  private static InsnList equations(Map<String, FieldNode> field) {
    InsnList code = new InsnList();
    code.add(new VarInsnNode(Opcodes.ALOAD, 0));
    code.add(get(field.get("getS")));
    code.add(get(field.get("getV")));
    code.add(new InsnNode(Opcodes.DSUB));
    code.add(get(field.get("getTauM")));
    code.add(new InsnNode(Opcodes.DDIV));
    code.add(new FieldInsnNode(Opcodes.PUTFIELD, LIF, field.get("getDvdt").name, "D"));
    code.add(new VarInsnNode(Opcodes.ALOAD, 0));
    code.add(get(field.get("getS")));
    code.add(new InsnNode(Opcodes.DNEG));
    code.add(get(field.get("getTauS")));
    code.add(new InsnNode(Opcodes.DDIV));
    code.add(new FieldInsnNode(Opcodes.PUTFIELD, LIF, field.get("getDsdt").name, "D"));
    return code;
  }

  private static InsnList get(FieldNode field) {
    InsnList code = new InsnList();
    code.add(new VarInsnNode(Opcodes.ALOAD, 0));
    code.add(new FieldInsnNode(Opcodes.GETFIELD, LIF, field.name, "D"));
    return code;
  }

  /** The instance double field of this class that {@code getter()D} only returns, or null. */
  private static FieldNode plainRead(ClassNode node, String getter) {
    MethodNode method = method(node, getter, "()D");
    if (method == null || (method.access & Opcodes.ACC_STATIC) != 0) {
      return null;
    }
    List<AbstractInsnNode> code = new ArrayList<>();
    for (AbstractInsnNode insn : method.instructions) {
      if (insn.getOpcode() >= 0) {
        code.add(insn);
      }
    }
    if (code.size() != 3
        || !(code.get(0) instanceof VarInsnNode load)
        || load.getOpcode() != Opcodes.ALOAD
        || load.var != 0
        || !(code.get(1) instanceof FieldInsnNode read)
        || read.getOpcode() != Opcodes.GETFIELD
        || !read.owner.equals(LIF)
        || code.get(2).getOpcode() != Opcodes.DRETURN) {
      return null;
    }
    for (FieldNode field : node.fields) {
      if (field.name.equals(read.name)
          && field.desc.equals("D")
          && (field.access & Opcodes.ACC_STATIC) == 0) {
        return field;
      }
    }
    return null;
  }

  private static MethodNode method(ClassNode node, String name, String descriptor) {
    for (MethodNode method : node.methods) {
      if (method.name.equals(name) && method.desc.equals(descriptor)) {
        return method;
      }
    }
    return null;
  }

  private static boolean isFinal(FieldNode field) {
    return (field.access & Opcodes.ACC_FINAL) != 0;
  }
}
