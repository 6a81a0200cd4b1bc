package neurograde.hidden.driver;

/** The activation functions and derivatives of question 4, by method name. */
public enum Activation {
  SIGMOID("sigmoid"),
  SIGMOID_DERIVATIVE("sigmoidDerivative"),
  TANH("tanh"),
  TANH_DERIVATIVE("tanhDerivative"),
  RELU("relu"),
  RELU_DERIVATIVE("reluDerivative");

  private final String method;

  Activation(String method) {
    this.method = method;
  }

  /** Returns the method's name in Activations. */
  public String method() {
    return method;
  }
}
