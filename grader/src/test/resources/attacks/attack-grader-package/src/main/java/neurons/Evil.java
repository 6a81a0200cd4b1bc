package neurograde.hidden.checks;

public class Evil {
  public static int marks() {
    return 47;
  }
}
