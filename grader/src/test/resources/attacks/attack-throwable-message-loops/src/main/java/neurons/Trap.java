package neurons;

final class Trap extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @Override
  public String getMessage() {
    StringBuilder text = new StringBuilder();
    while (text.length() >= 0) {
      text.append("again ");
      if (text.length() > 1000) {
        text.setLength(0);
      }
    }
    return text.toString();
  }
}
