package neurograde.cli;

/** The grader's command line: {@code java -jar grader.jar COMMAND ...}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Relaunch.Tuned tuned = Relaunch.command(args);
    if (tuned != null) {
      int code = Relaunch.run(tuned);
      if (code >= 0) {
        System.exit(code);
      }
    }
    Relaunch.followLauncher();
    int code;
    try {
      code = Cli.run(args);
    } catch (OutOfMemoryError e) {
      // The heap is free again once the work is unwound: one line, not the stack trace.
      System.err.println(
          "grader: out of memory (the heap's limit is "
              + (Runtime.getRuntime().maxMemory() >> 20)
              + " MiB); give Java more, for example java -Xmx4g -jar grader.jar ... What was"
              + " written is kept: results are written whole, and grade resumes where it stopped.");
      code = Cli.SOFTWARE;
    }
    System.exit(code);
  }
}
