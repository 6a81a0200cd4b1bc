package neurograde.cli;

import java.util.List;

/** The grader's command line: {@code java -jar grader.jar COMMAND ...}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    List<String> tuned = Relaunch.command(args);
    if (tuned != null) {
      int code = Relaunch.run(tuned);
      if (code >= 0) {
        System.exit(code);
      }
    }
    Relaunch.followLauncher();
    System.exit(Cli.run(args));
  }
}
