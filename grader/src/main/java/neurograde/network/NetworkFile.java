package neurograde.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.DoubleStream;
import neurograde.InputException;
import neurograde.internal.JsonLocations;
import neurograde.network.NetworkSpec.ConnectionSpec;
import neurograde.network.NetworkSpec.InputSpec;
import neurograde.network.NetworkSpec.LifSpec;
import neurograde.network.NetworkSpec.NeuronSpec;
import neurons.SpikeTrains;

/**
 * Reads network files.
 *
 * <pre>
 * {"dt": 0.001, "duration": 1.5,
 *  "neurons": [{"type": "lif", "tauM": 0.02, "tauRef": 0.002, "tauS": 0.05, "label": "A"},
 *              {"type": "input", "rates": [30, 0], "ends": [0.3, 1.5]},
 *              {"type": "input", "spikes": [0.01, 0.25]}],
 *  "connections": [[2, 0, 0.05], [0, 1, 0.05]]}
 * </pre>
 *
 * <p>Omitted LIF parameters take the defaults (0.02, 0.002, 0.05 s). An input neuron gives either
 * its {@code spikes} or {@code rates} and {@code ends} as for {@code SpikeTrains.generate}, with an
 * optional {@code jitter} and {@code seed}. Every problem is reported as an {@link InputException}
 * naming the file, line and value.
 */
public final class NetworkFile {

  private static final Set<String> TOP_KEYS =
      Set.of("dt", "duration", "neurons", "connections", "name", "description");
  private static final Set<String> LIF_KEYS = Set.of("type", "tauM", "tauRef", "tauS", "label");
  private static final Set<String> INPUT_KEYS =
      Set.of("type", "spikes", "rates", "ends", "jitter", "seed", "label");

  private final String source;
  private final JsonLocations locations;

  private NetworkFile(String source, JsonLocations locations) {
    this.source = source;
    this.locations = locations;
  }

  /**
   * Reads and checks a network file.
   *
   * @throws InputException if the file is missing, unreadable or not a valid network
   */
  public static NetworkSpec read(Path file) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new InputException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
    return parse(file.toString(), text);
  }

  /**
   * Parses and checks the text of a network file.
   *
   * @param source the file's name, for error messages
   * @throws InputException if the text is not a valid network
   */
  public static NetworkSpec parse(String source, String text) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new InputException(source + where + ": not valid JSON: " + e.getOriginalMessage());
    }
    return new NetworkFile(source, JsonLocations.of(text)).network(root);
  }

  private NetworkSpec network(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw error(
          "", "a network file holds one JSON object with dt, duration, neurons and connections");
    }
    checkKeys(root, "", TOP_KEYS);
    double dt = positive(root, "dt", null);
    double duration = positive(root, "duration", null);
    JsonNode neuronsNode = root.get("neurons");
    if (neuronsNode == null || !neuronsNode.isArray() || neuronsNode.isEmpty()) {
      throw error("neurons", "\"neurons\" must be a non-empty array of neurons");
    }
    List<NeuronSpec> neurons = new ArrayList<>();
    for (int i = 0; i < neuronsNode.size(); i++) {
      neurons.add(neuron(neuronsNode.get(i), "neurons[" + i + "]"));
    }
    List<ConnectionSpec> connections = new ArrayList<>();
    JsonNode connectionsNode = root.get("connections");
    if (connectionsNode != null && !connectionsNode.isNull()) {
      if (!connectionsNode.isArray()) {
        throw error(
            "connections", "\"connections\" must be an array of [pre, post, weight] triples");
      }
      for (int i = 0; i < connectionsNode.size(); i++) {
        connections.add(
            connection(connectionsNode.get(i), "connections[" + i + "]", neurons.size()));
      }
    }
    if (Math.ceil(duration / dt) > 50_000_000) {
      throw error(
          "duration",
          "duration / dt = " + Math.ceil(duration / dt) + " steps; at most 50,000,000 are allowed");
    }
    return new NetworkSpec(dt, duration, neurons, connections);
  }

  private NeuronSpec neuron(JsonNode node, String path) {
    if (!node.isObject()) {
      throw error(path, "a neuron is an object with a \"type\" of \"lif\" or \"input\"");
    }
    JsonNode type = node.get("type");
    String label = node.has("label") ? text(node, "label", path) : "";
    if (type == null || !type.isTextual()) {
      throw error(path, "the neuron has no \"type\"; expected \"lif\" or \"input\"");
    }
    switch (type.asText()) {
      case "lif" -> {
        checkKeys(node, path, LIF_KEYS);
        return new LifSpec(
            positiveOr(node, "tauM", path, 0.02),
            positiveOr(node, "tauRef", path, 0.002),
            positiveOr(node, "tauS", path, 0.05),
            label);
      }
      case "input" -> {
        checkKeys(node, path, INPUT_KEYS);
        return new InputSpec(DoubleStream.of(inputSpikes(node, path)).boxed().toList(), label);
      }
      default ->
          throw error(
              path + ".type",
              "unknown neuron type \"" + type.asText() + "\"; expected \"lif\" or \"input\"");
    }
  }

  private double[] inputSpikes(JsonNode node, String path) {
    boolean explicit = node.has("spikes");
    boolean generated = node.has("rates") || node.has("ends");
    if (explicit == generated) {
      throw error(path, "an input neuron gives either \"spikes\" or \"rates\" and \"ends\"");
    }
    if (explicit) {
      return numbers(node, "spikes", path, false);
    }
    double[] rates = numbers(node, "rates", path, true);
    double[] ends = numbers(node, "ends", path, true);
    if (rates.length != ends.length) {
      throw error(
          path + ".ends",
          "\"rates\" has " + rates.length + " values but \"ends\" has " + ends.length);
    }
    double previous = 0;
    for (int i = 0; i < rates.length; i++) {
      if (rates[i] < 0) {
        throw error(path + ".rates[" + i + "]", "rate " + rates[i] + " Hz is negative");
      }
      if (!(ends[i] > previous)) {
        throw error(
            path + ".ends[" + i + "]", "end " + ends[i] + " s must be after " + previous + " s");
      }
      previous = ends[i];
    }
    double jitter = node.has("jitter") ? number(node, "jitter", path) : 0;
    if (jitter < 0) {
      throw error(path + ".jitter", "jitter must be >= 0, got " + jitter);
    }
    JsonNode seed = node.get("seed");
    if (seed != null && !seed.canConvertToLong()) {
      throw error(path + ".seed", "seed must be an integer");
    }
    return SpikeTrains.generate(rates, ends, jitter, new Random(seed == null ? 0 : seed.asLong()));
  }

  private ConnectionSpec connection(JsonNode node, String path, int neuronCount) {
    if (!node.isArray() || node.size() != 3) {
      throw error(path, "a connection is a [pre, post, weight] triple");
    }
    int[] ends = new int[2];
    for (int k = 0; k < 2; k++) {
      JsonNode index = node.get(k);
      String where = path + "[" + k + "]";
      if (!index.isIntegralNumber()) {
        throw error(where, (k == 0 ? "pre" : "post") + " must be a neuron index, got " + index);
      }
      if (index.asLong() < 0 || index.asLong() >= neuronCount) {
        throw error(
            where,
            "neuron index "
                + index.asLong()
                + " is out of range; the network has neurons 0 to "
                + (neuronCount - 1));
      }
      ends[k] = index.asInt();
    }
    JsonNode weight = node.get(2);
    if (!weight.isNumber() || !Double.isFinite(weight.asDouble())) {
      throw error(path + "[2]", "weight must be a finite number, got " + weight);
    }
    return new ConnectionSpec(ends[0], ends[1], weight.asDouble());
  }

  private void checkKeys(JsonNode node, String path, Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw error(
            join(path, name),
            "unknown key \"" + name + "\"; expected one of " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  private double positive(JsonNode node, String key, String path) {
    if (!node.has(key)) {
      throw error(
          path == null ? "" : path, "missing \"" + key + "\" (a positive number of seconds)");
    }
    return positiveOr(node, key, path == null ? "" : path, Double.NaN);
  }

  private double positiveOr(JsonNode node, String key, String path, double fallback) {
    if (!node.has(key)) {
      return fallback;
    }
    double value = number(node, key, path);
    if (!(value > 0)) {
      throw error(
          join(path, key),
          "\"" + key + "\" must be a positive number of seconds, got " + node.get(key));
    }
    return value;
  }

  private double number(JsonNode node, String key, String path) {
    JsonNode value = node.get(key);
    if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
      throw error(join(path, key), "\"" + key + "\" must be a finite number, got " + value);
    }
    return value.asDouble();
  }

  private String text(JsonNode node, String key, String path) {
    JsonNode value = node.get(key);
    if (!value.isTextual()) {
      throw error(join(path, key), "\"" + key + "\" must be a string, got " + value);
    }
    return value.asText();
  }

  private double[] numbers(JsonNode node, String key, String path, boolean nonEmpty) {
    JsonNode array = node.get(key);
    String where = join(path, key);
    if (array == null || !array.isArray()) {
      throw error(where, "\"" + key + "\" must be an array of numbers");
    }
    if (nonEmpty && array.isEmpty()) {
      throw error(where, "\"" + key + "\" must not be empty");
    }
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode value = array.get(i);
      if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
        throw error(where + "[" + i + "]", "must be a finite number, got " + value);
      }
      values[i] = value.asDouble();
    }
    return values;
  }

  private static String join(String path, String key) {
    return path == null || path.isEmpty() ? key : path + "." + key;
  }

  private InputException error(String path, String message) {
    int line = locations.line(path == null ? "" : path);
    String where = line > 0 ? source + ":" + line : source;
    String what = path == null || path.isEmpty() ? "" : path + ": ";
    return new InputException(where + ": " + what + message);
  }
}
