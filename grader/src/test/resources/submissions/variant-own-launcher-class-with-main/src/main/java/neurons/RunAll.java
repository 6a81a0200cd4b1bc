package neurons;

import java.io.File;

/** My own entry point: makes the plot folder, then runs the experiments. */
public final class RunAll {

  private RunAll() {}

  public static void main(String[] args) {
    new File("plots").mkdirs();
    Experiments.main(new String[] {"plots"});
    System.out.println("ring period: " + Experiments.ringPeriod(Experiments.ringOscillator()));
  }
}
