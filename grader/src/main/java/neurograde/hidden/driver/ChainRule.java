package neurograde.hidden.driver;

/** The chain-rule functions of question 4c. */
public enum ChainRule {
  DFDX("dfdx"),
  DFDW("dfdw"),
  DFDB("dfdb");

  private final String method;

  ChainRule(String method) {
    this.method = method;
  }

  /** Returns the method's name in Activations. */
  public String method() {
    return method;
  }
}
