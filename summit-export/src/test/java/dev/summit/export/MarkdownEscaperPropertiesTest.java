package dev.summit.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.export.internal.MarkdownEscaper;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** Any text, escaped, reads back from CommonMark as the same (flattened) text and as nothing else. */
class MarkdownEscaperPropertiesTest {
  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> special = Arbitraries.of('#', '>', '-', '+', '*', '_', '`', '[', ']', '(', ')', '!', '<',
        '&', ';', '|', '~', '\\', '=', '.', ')', ' ', '\t', '\n', '1', '9', '가', 'a', ':', '"', '\'', '@');
    Arbitrary<String> words = Arbitraries.of("&amp;", "&#65;", "1.", "10)", "```", "***", "- ", "# ", "> ", "👩‍💻",
        "\u200F", "مرحبا", "http://x.org", "<a>", "![x](y)", "[a]: b");
    return Arbitraries.oneOf(special.map(String::valueOf), words).list().ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 500)
  void escapedTextIsOneBulletWithTheSameText(@ForAll("texts") String text) {
    String flat = MarkdownEscaper.flatten(text);
    Node doc = PARSER.parse("* " + MarkdownEscaper.escape(text) + "\n");
    List<String> items = MarkdownExporterTest.bulletTexts(doc);
    if (flat.isEmpty()) {
      return;
    }
    assertThat(items).as("bullets of %s", MarkdownEscaper.escape(text)).containsExactly(flat);
  }

  @Property(tries = 300)
  void escapedTextIsOneParagraphWithTheSameText(@ForAll("texts") String text) {
    String flat = MarkdownEscaper.flatten(text);
    if (flat.isEmpty()) {
      return;
    }
    Node doc = PARSER.parse("* x\n\n" + MarkdownEscaper.escape(text) + "\n");
    // the item, then one paragraph: nothing else
    assertThat(doc.getFirstChild().getNext()).isInstanceOf(org.commonmark.node.Paragraph.class);
    assertThat(doc.getFirstChild().getNext().getNext()).isNull();
  }
}
