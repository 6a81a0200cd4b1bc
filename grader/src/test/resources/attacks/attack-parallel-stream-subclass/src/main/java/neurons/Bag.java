package neurons;

/** A collection of the student's own: javac names Bag, not ArrayList, as the owner of its calls. */
final class Bag extends java.util.ArrayList<Integer> {

  /** Leaves a pool thread spinning after the check, to disturb whoever the worker serves next. */
  static void leaveBehind() {
    Bag bag = new Bag();
    for (int i = 0; i < 64; i++) {
      bag.add(i);
    }
    try {
      bag.parallelStream()
          .forEach(
              i -> {
                if (!Thread.currentThread().getName().contains("main")) {
                  while (true) {
                    Math.sqrt(i);
                  }
                }
              });
    } catch (RuntimeException e) {
      // keep going
    }
  }
}
