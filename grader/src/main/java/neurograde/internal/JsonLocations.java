package neurograde.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The line on which each value of a JSON or YAML text starts, so errors can name it. */
public final class JsonLocations {

  private final Map<String, Integer> lines;

  private JsonLocations(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Reads the locations of a JSON text that is known to parse. */
  public static JsonLocations of(String json) {
    return of(new JsonFactory(), json);
  }

  /** Reads the locations of a text, in the format of the factory, that is known to parse. */
  public static JsonLocations of(JsonFactory format, String text) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = format.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          continue;
        }
        JsonStreamContext context = parser.getParsingContext();
        if (token.isStructStart()) {
          context = context.getParent();
        }
        lines.putIfAbsent(path(context), parser.currentTokenLocation().getLineNr());
      }
    } catch (IOException e) {
      return new JsonLocations(Map.of());
    }
    return new JsonLocations(lines);
  }

  /** Returns the line of the value at a path such as {@code neurons[2].type}, or 0 if unknown. */
  public int line(String path) {
    return lines.getOrDefault(path, 0);
  }

  private static String path(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return "";
    }
    String parent = path(context.getParent());
    if (context.inArray()) {
      return parent + "[" + Math.max(0, context.getCurrentIndex()) + "]";
    }
    String name = context.getCurrentName();
    return parent.isEmpty() ? name : parent + "." + name;
  }
}
