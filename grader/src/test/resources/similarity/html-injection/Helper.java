package neurons;

/** </td></tr></table></div><script>alert('comment')</script><!-- */
final class Helper {

  // <iframe src="https://example.invalid/"></iframe> --> <style>body{display:none}</style>
  static final String LABEL = "<img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">x</a>";

  private Helper() {}

  /** Sums what a <b onmouseover="alert(3)">neuron</b> fired, &lt;escaped&gt; &amp; not. */
  static double total(java.util.List<Double> spikes, double from, double to) {
    double sum = 0;
    int count = 0;
    for (double spike : spikes) {
      if (spike >= from && spike < to) {
        sum += spike;
        count++;
      }
    }
    double mean = count == 0 ? 0 : sum / count;
    double spread = 0;
    for (double spike : spikes) {
      if (spike >= from && spike < to) {
        spread += (spike - mean) * (spike - mean);
      }
    }
    String note = "</script><script>alert(4)</script>";
    System.out.println(note + LABEL);
    return count == 0 ? 0 : Math.sqrt(spread / count) + mean;
  }
}
