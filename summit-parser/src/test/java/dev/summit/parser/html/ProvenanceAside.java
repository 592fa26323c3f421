package dev.summit.parser.html;

import dev.summit.model.Diagnostic;
import dev.summit.model.Provenance;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a model object (a Summit and everything in it) into plain maps and lists, with what legitimately
 * differs between the Markdown and the HTML form of one post left out:
 *
 * <ul>
 *   <li>every {@link Provenance} (lines of a different file) and a diagnostic's line and column;
 *   <li>a source document's content hash, line count and format (different bytes, different file);
 *   <li>a source document's source URL: the page knows its canonical link, the Markdown file does not;
 *   <li>unmapped-content diagnostics: their message names lines of a different file, and a page whose
 *       canonical link is its source does not keep the URL of a "원본 게시글" line, which the Markdown does
 *       (HtmlLineAccountingTest checks a page's accounting).
 * </ul>
 *
 * <p>Everything else, every accessor of every model type, is kept, so two trees are equal only when the
 * summits are equal provenance aside.
 */
final class ProvenanceAside {
  static final Set<String> FORMAT_SPECIFIC = Set.of("contentHash", "lineCount", "format", "sourceUrl");
  private static final String MODEL = "dev.summit.model";

  private ProvenanceAside() {}

  static Object tree(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Provenance) {
      return "<provenance>";
    }
    if (o instanceof Optional<?> opt) {
      return opt.isPresent() ? List.of(tree(opt.get())) : List.of();
    }
    if (o instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.stream().filter(e -> !(e instanceof Diagnostic d && d.code().equals("unmapped-content")))
          .forEach(e -> out.add(tree(e)));
      return out;
    }
    if (o instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, tree(v)));
      return out;
    }
    if (o instanceof CharSequence || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>
        || o instanceof TemporalAccessor || o instanceof Character) {
      return o;
    }
    Set<String> accessors = accessors(o.getClass());
    if (accessors.isEmpty()) {
      throw new IllegalArgumentException("not a model value: " + o.getClass());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("@type", modelName(o.getClass()));
    for (String name : accessors) {
      if (FORMAT_SPECIFIC.contains(name)) {
        continue;
      }
      if (o instanceof dev.summit.model.Diagnostic && (name.equals("line") || name.equals("column"))) {
        continue;
      }
      out.put(name, tree(call(o, name)));
    }
    return out;
  }

  /** Abstract no-argument accessors declared anywhere in the object's model supertypes. */
  private static Set<String> accessors(Class<?> type) {
    Set<String> names = new TreeSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (c.getPackageName().equals(MODEL)) {
        for (Method m : c.getDeclaredMethods()) {
          if (m.getParameterCount() == 0 && Modifier.isAbstract(m.getModifiers())
              && Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
            names.add(m.getName());
          }
        }
      }
      if (c.getSuperclass() != null) {
        todo.push(c.getSuperclass());
      }
      for (Class<?> i : c.getInterfaces()) {
        todo.push(i);
      }
    }
    return names;
  }

  private static String modelName(Class<?> type) {
    for (Class<?> i : type.getInterfaces()) {
      if (i.getPackageName().equals(MODEL)) {
        return i.getSimpleName();
      }
    }
    return type.getSuperclass() != null ? type.getSuperclass().getSimpleName() : type.getSimpleName();
  }

  private static Object call(Object o, String name) {
    try {
      Method m = o.getClass().getMethod(name);
      m.setAccessible(true);
      return m.invoke(o);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(o.getClass() + "." + name, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(o.getClass() + "." + name, e.getCause());
    }
  }
}
