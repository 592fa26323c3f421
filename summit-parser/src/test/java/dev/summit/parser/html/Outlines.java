package dev.summit.parser.html;

import dev.summit.parser.internal.outline.Block;
import dev.summit.parser.internal.outline.Mark;
import java.util.stream.Collectors;

/** Prints outline trees without their source positions, so that a Markdown and an HTML outline compare. */
final class Outlines {
  private Outlines() {}

  /** One line per block: type, level, list facts, text, marks and rows, indented by nesting. No lines. */
  static String describe(Block root) {
    StringBuilder out = new StringBuilder();
    describe(root, 0, out);
    return out.toString();
  }

  private static void describe(Block b, int indent, StringBuilder out) {
    out.append("  ".repeat(indent)).append(b.type());
    if (b.level() != 0) {
      out.append(" h").append(b.level());
    }
    if (b.ordered()) {
      out.append(" ordered");
    }
    if (b.ordinal() != 0) {
      out.append(" #").append(b.ordinal());
    }
    if (!b.text().isEmpty()) {
      out.append(" \"").append(b.text().replace("\n", "\\n")).append('"');
    }
    if (!b.marks().isEmpty()) {
      out.append(" marks=").append(b.marks().stream().map(Outlines::mark).collect(Collectors.joining(", ", "[", "]")));
    }
    if (!b.rows().isEmpty()) {
      out.append(" rows=").append(b.rows());
    }
    out.append('\n');
    for (Block child : b.children()) {
      describe(child, indent + 1, out);
    }
  }

  private static String mark(Mark m) {
    return m.kind() + " " + m.start() + "-" + m.end() + (m.url().isEmpty() ? "" : " " + m.url());
  }

  /** Blocks in the tree, the root included. */
  static int count(Block root) {
    int n = 1;
    for (Block child : root.children()) {
      n += count(child);
    }
    return n;
  }
}
