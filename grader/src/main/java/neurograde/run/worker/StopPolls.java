package neurograde.run.worker;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Makes a submission's code stoppable: a call to {@link neurograde.run.guard.Gate#poll} at the
 * start of every method, loop iteration and exception handler, which throws once the worker has
 * asked a check to stop. Java 20 and later cannot stop a thread from outside (Thread.stop is gone),
 * so submission code stops itself; code that never comes back to the submission's own methods (a
 * JDK call that never returns) gets its worker killed instead.
 */
final class StopPolls {

  private static final String GATE = "neurograde/run/guard/Gate";

  private StopPolls() {}

  /** Returns a class file with polls added, or the same bytes if it cannot take them. */
  static byte[] add(byte[] bytes) {
    try {
      ClassNode node = new ClassNode();
      new ClassReader(bytes).accept(node, 0);
      for (MethodNode method : node.methods) {
        if (method.instructions.size() > 0) {
          addPolls(method);
        }
      }
      ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
      node.accept(writer);
      return writer.toByteArray();
    } catch (RuntimeException e) {
      // A method near the 64 KiB limit: such code is stopped by killing its worker instead.
      return bytes;
    }
  }

  private static void addPolls(MethodNode method) {
    InsnList code = method.instructions;
    Set<LabelNode> targets = new HashSet<>();
    for (TryCatchBlockNode handler : method.tryCatchBlocks) {
      targets.add(handler.handler);
    }
    int index = 0;
    java.util.Map<LabelNode, Integer> positions = new java.util.HashMap<>();
    for (AbstractInsnNode insn = code.getFirst(); insn != null; insn = insn.getNext()) {
      if (insn instanceof LabelNode label) {
        positions.put(label, index);
      }
      index++;
    }
    index = 0;
    for (AbstractInsnNode insn = code.getFirst(); insn != null; insn = insn.getNext()) {
      for (LabelNode target : jumpTargets(insn)) {
        Integer at = positions.get(target);
        if (at != null && at <= index) {
          targets.add(target); // a backward jump: the start of a loop
        }
      }
      index++;
    }
    for (LabelNode target : targets) {
      AbstractInsnNode after = target;
      while (after.getNext() != null && after.getNext().getOpcode() < 0) {
        after = after.getNext(); // past the label's frame and line number
      }
      code.insert(after, poll());
    }
    code.insert(poll());
  }

  private static Set<LabelNode> jumpTargets(AbstractInsnNode insn) {
    Set<LabelNode> labels = new HashSet<>();
    if (insn instanceof JumpInsnNode jump) {
      labels.add(jump.label);
    } else if (insn instanceof TableSwitchInsnNode table) {
      labels.add(table.dflt);
      labels.addAll(table.labels);
    } else if (insn instanceof LookupSwitchInsnNode lookup) {
      labels.add(lookup.dflt);
      labels.addAll(lookup.labels);
    }
    return labels;
  }

  private static MethodInsnNode poll() {
    return new MethodInsnNode(Opcodes.INVOKESTATIC, GATE, "poll", "()V", false);
  }
}
