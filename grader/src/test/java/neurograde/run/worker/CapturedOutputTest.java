package neurograde.run.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CapturedOutputTest {

  @Test
  void outputUnderTheCap_isKeptWhole() {
    CapturedOutput output = new CapturedOutput();
    PrintStream out = output.stream();

    out.println("v=0.5");
    out.print(3);

    assertThat(output.take()).isEqualTo("v=0.5\n3");
    assertThat(output.take()).isNull();
  }

  @Test
  void pastTheCap_printingIsCut_andTheWorkerToldOnce() {
    AtomicInteger cuts = new AtomicInteger();
    CapturedOutput output = new CapturedOutput(cuts::incrementAndGet);
    PrintStream out = output.stream();

    for (int i = 0; i < 5000; i++) {
      out.println("line " + i);
    }

    String text = output.take();
    assertThat(cuts).hasValue(1);
    assertThat(text).startsWith("line 0\nline 1\n");
    assertThat(text.length()).isLessThan(CapturedOutput.CAP + 200);
    assertThat(text).endsWith("\n[... output past the first 8 KiB not kept]");
  }

  @Test
  void mutedPrinting_stillRunsTheStudentsToString_andFailsWhereItWould() {
    CapturedOutput output = new CapturedOutput();
    PrintStream out = output.stream();
    out.print("x".repeat(CapturedOutput.CAP + 1));
    AtomicInteger made = new AtomicInteger();
    Object counted =
        new Object() {
          @Override
          public String toString() {
            made.incrementAndGet();
            return "text";
          }
        };

    out.println(counted);
    out.print(counted);

    assertThat(made).hasValue(2);
    assertThatThrownBy(() -> out.print((char[]) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aSingleWriteCrossingTheCap_saysTheRestWasNotKept() {
    CapturedOutput output = new CapturedOutput();

    output.stream().print("y".repeat(CapturedOutput.CAP + 10));

    assertThat(output.take()).endsWith("y\n[... output past the first 8 KiB not kept]");
  }
}
