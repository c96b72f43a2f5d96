package tutor.credential;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The terms of a JSON-LD document that its contexts leave undefined: walks it as JSON-LD 1.1
 * expansion does (a node's own @context, type-scoped contexts for its types that do not reach its
 * children, property-scoped contexts for a property's value) and reports each property name and
 * each type that no term definition covers. A context's @vocab is deliberately not a definition: VC
 * 2.0's issuer-dependent @vocab would "define" any misspelling.
 */
final class UndefinedTerms {
  private final Function<String, JsonNode> contexts;

  /**
   * @param contexts a context document by URL (its whole document, with "@context"); null if
   *     unknown
   */
  UndefinedTerms(Function<String, JsonNode> contexts) {
    this.contexts = contexts;
  }

  /** Each undefined term, as "path: term". */
  List<String> of(JsonNode document) {
    List<String> out = new ArrayList<>();
    walk(document, new HashMap<>(), "", out);
    return out;
  }

  private Map<String, JsonNode> apply(
      Map<String, JsonNode> active, JsonNode local, List<String> out, String path) {
    Map<String, JsonNode> result = new HashMap<>(active);
    if (local == null) return result;
    if (local.isNull()) return new HashMap<>();
    if (local.isArray()) {
      for (JsonNode c : local) result = apply(result, c, out, path);
      return result;
    }
    if (local.isTextual()) {
      JsonNode doc = contexts.apply(local.asText());
      if (doc == null) {
        out.add(path + ": context " + local.asText() + " is not known");
        return result;
      }
      return apply(result, doc.get("@context"), out, path);
    }
    Iterator<Map.Entry<String, JsonNode>> it = local.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().startsWith("@")) result.put(e.getKey(), e.getValue());
    }
    return result;
  }

  private static String keyword(JsonNode definition) {
    if (definition == null) return null;
    String id = definition.isTextual() ? definition.asText() : definition.path("@id").asText(null);
    return id != null && id.startsWith("@") ? id : null;
  }

  private static boolean isIri(String s) {
    return s.contains(":");
  }

  private void walk(JsonNode node, Map<String, JsonNode> active, String path, List<String> out) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) walk(node.get(i), active, path + "/" + i, out);
      return;
    }
    if (!node.isObject() || node.has("@value")) return;
    active = apply(active, node.get("@context"), out, path);
    Map<String, JsonNode> outer = active; // type-scoped contexts do not propagate to children
    Map<String, JsonNode> scoped = active;
    for (String key : iterable(node.fieldNames())) {
      if (!"@type".equals(key) && !"@type".equals(keyword(active.get(key)))) continue;
      TreeSet<String> types =
          new TreeSet<>(); // applied in lexicographic order, as the algorithm says
      for (JsonNode t : node.get(key).isArray() ? node.get(key) : List.of(node.get(key)))
        types.add(t.asText());
      for (String t : types) {
        JsonNode definition = active.get(t);
        if (definition == null && !isIri(t)) out.add(path + "/" + key + ": type " + t);
        if (definition != null && definition.has("@context"))
          scoped = apply(scoped, definition.get("@context"), out, path);
      }
    }
    for (String key : iterable(node.fieldNames())) {
      if (key.startsWith("@")) continue;
      JsonNode definition = scoped.get(key);
      if (definition == null) {
        if (!isIri(key)) out.add(path + ": " + key);
        continue;
      }
      if (keyword(definition) != null) continue; // id and type: IRIs and types, handled above
      Map<String, JsonNode> child = outer;
      if (definition.isObject() && definition.has("@context"))
        child = apply(child, definition.get("@context"), out, path);
      walk(node.get(key), child, path + "/" + key, out);
    }
  }

  private static Iterable<String> iterable(Iterator<String> it) {
    List<String> list = new ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }
}
