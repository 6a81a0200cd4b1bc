package neurons;

/** Each level of nesting multiplies javac's work by about 2.6. */
final class Slow {
  private Slow() {}

  static <T> T id(T t) {
    return t;
  }

  static Object x(boolean c) {
    return (c ? id((c ? id((c ? id((c ? id((c ? id((c ? id((c ? id((c ? id((c ? id((c ? id((c ? id((c ? id((c ? id((c ? id((c ? id((c ? id(1) : id(2))) : id(2))) : id(2))) : id(2))) : id(2))) : id(2))) : id(2))) : id(2))) : id(2))) : id(2))) : id(2))) : id(2))) : id(2))) : id(2))) : id(2))) : id(2));
  }
}
