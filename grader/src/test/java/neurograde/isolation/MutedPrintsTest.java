package neurograde.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import neurograde.compile.CompileResult;
import neurograde.compile.SubmissionCompiler;
import neurograde.testing.EditedSubmission;
import neurograde.testing.MemoryLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

class MutedPrintsTest {

  private static final String BOOTSTRAP = "neurograde/isolation/MutingBootstrap";

  private static final String NOISY =
      """
      package neurons;

      public final class Noisy {
        private double v = 0.5;
        public int calls;

        public void flood(int lines) {
          for (int line = 0; line < lines; line++) {
            System.out.println("line " + line + ": v=" + v);
          }
        }

        int next() {
          calls++;
          return calls;
        }

        public void printsACall() {
          System.err.print("call " + next() + "\\n");
        }

        public String throughALocal() {
          String text = "v=" + v;
          System.out.println(text);
          return text;
        }

        public String notPrinted() {
          return "v=" + v;
        }

        public void anObject(Object o) {
          System.out.println("o=" + o);
        }

        public void anotherStream(java.io.PrintStream stream) {
          stream.println("v=" + v);
        }
      }
      """;

  private final PrintStream savedOut = System.out;
  private final PrintStream savedErr = System.err;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
    MutingBootstrap.muted = false;
  }

  private static byte[] noisy() {
    CompileResult compiled =
        new SubmissionCompiler()
            .compile(EditedSubmission.reference().with("Noisy", NOISY).sources());
    assertThat(compiled.diagnostics()).isEmpty();
    return compiled.classes().get("neurons.Noisy");
  }

  private Object load(byte[] bytes) throws ReflectiveOperationException {
    Map<String, byte[]> classes = new HashMap<>();
    classes.put("neurons.Noisy", bytes);
    return new MemoryLoader(classes).loadClass("neurons.Noisy").getConstructor().newInstance();
  }

  private String run(Object noisy, String method, Object... args) throws Exception {
    printed.reset();
    PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    for (Method m : noisy.getClass().getMethods()) {
      if (m.getName().equals(method)) {
        m.invoke(noisy, args);
      }
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void onlyConcatenationsPrintedToSystemOutOrErr_areRedirected() {
    byte[] muted = MutedPrints.add(noisy(), BOOTSTRAP);

    // javac turns an object into its text (String.valueOf) before the concatenation, so that
    // still happens: only text made of numbers and strings is muted.
    assertThat(redirected(muted)).containsExactlyInAnyOrder("flood", "printsACall", "anObject");
  }

  @Test
  void unmuted_everyLineIsPrintedAsBefore() throws Exception {
    Object noisy = load(MutedPrints.add(noisy(), BOOTSTRAP));

    assertThat(run(noisy, "flood", 2)).isEqualTo("line 0: v=0.5\nline 1: v=0.5\n");
    assertThat(run(noisy, "printsACall")).isEqualTo("call 1\n");
  }

  @Test
  void muted_printedTextIsNotMade_butTheOperandsAreStillComputed() throws Exception {
    Object noisy = load(MutedPrints.add(noisy(), BOOTSTRAP));
    MutingBootstrap.muted = true;

    assertThat(run(noisy, "flood", 3)).isEqualTo("\n\n\n");
    assertThat(run(noisy, "printsACall")).isEmpty();
    assertThat(noisy.getClass().getField("calls").getInt(noisy))
        .as("the call in the muted concatenation still ran")
        .isEqualTo(1);
    assertThat(run(noisy, "throughALocal")).isEqualTo("v=0.5\n");
    Counting counting = new Counting();
    assertThat(run(noisy, "anObject", counting)).isEqualTo("\n");
    assertThat(counting.texts).as("its toString still ran").isEqualTo(1);
    assertThat(noisy.getClass().getMethod("notPrinted").invoke(noisy)).isEqualTo("v=0.5");
    ByteArrayOutputStream own = new ByteArrayOutputStream();
    noisy
        .getClass()
        .getMethod("anotherStream", PrintStream.class)
        .invoke(noisy, new PrintStream(own, true, StandardCharsets.UTF_8));
    assertThat(own.toString(StandardCharsets.UTF_8)).isEqualTo("v=0.5\n");
  }

  @Test
  void aClassWithoutPrintedConcatenations_isLeftAsItIs() {
    CompileResult compiled =
        new SubmissionCompiler().compile(EditedSubmission.reference().sources());
    byte[] lif = compiled.classes().get("neurons.LIFNeuron");

    assertThat(MutedPrints.add(lif, BOOTSTRAP)).isSameAs(lif);
  }

  /** An object that counts how often its text is asked for. */
  static final class Counting {
    int texts;

    @Override
    public String toString() {
      texts++;
      return "counted";
    }
  }

  /** The methods with a concatenation bootstrapped by the muting bootstrap. */
  private static List<String> redirected(byte[] bytes) {
    ClassNode node = new ClassNode();
    new ClassReader(bytes).accept(node, 0);
    List<String> methods = new ArrayList<>();
    for (MethodNode method : node.methods) {
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof InvokeDynamicInsnNode indy && indy.bsm.getOwner().equals(BOOTSTRAP)) {
          methods.add(method.name);
        }
      }
    }
    return methods;
  }
}
