package neurograde.cli;

/** The grader's command line: {@code java -jar grader.jar COMMAND ...}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args));
  }
}
