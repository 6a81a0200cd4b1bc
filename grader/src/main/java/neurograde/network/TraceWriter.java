package neurograde.network;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import neurograde.network.Trace.NeuronTrace;

/**
 * Writes a trace as JSON: {@code {"t": [...], "neurons": [{"spikes": [...], "v": [...], "s":
 * [...]}, ...]}}, with v and s only for LIF neurons.
 *
 * <p>Numbers are written with {@link Double#toString(double)}, which reads back to the same double.
 */
public final class TraceWriter {

  private TraceWriter() {}

  /** Writes the trace; the stream is flushed, not closed. */
  public static void write(Trace trace, OutputStream out) throws IOException {
    JsonFactory factory = new JsonFactory();
    factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      array(json, "t", trace.t());
      json.writeArrayFieldStart("neurons");
      for (NeuronTrace neuron : trace.neurons()) {
        json.writeStartObject();
        json.writeStringField("type", neuron.hasState() ? "lif" : "input");
        array(json, "spikes", neuron.spikes());
        if (neuron.hasState()) {
          array(json, "v", neuron.v());
          array(json, "s", neuron.s());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
    out.flush();
  }

  private static void array(JsonGenerator json, String name, double[] values) throws IOException {
    json.writeFieldName(name);
    json.writeArray(values, 0, values.length);
  }
}
