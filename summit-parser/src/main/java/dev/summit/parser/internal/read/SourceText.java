package dev.summit.parser.internal.read;

import dev.summit.model.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * A decoded post: text with {@code \n} line ends and no byte-order mark, in which the front matter lines are
 * blanked so that line {@code n} of {@link #text()} is line {@code n} of the original file.
 *
 * @param id the document id
 * @param fileName the file name, if read from a file, else null
 * @param contentHash SHA-256 of the raw bytes, lower-case hex
 * @param text the normalised text
 * @param lineCount lines of the original file
 * @param frontMatter the front matter's top-level keys, with String or List&lt;String&gt; values
 * @param diagnostics what reading found odd
 */
public record SourceText(
    String id,
    String fileName,
    String contentHash,
    String text,
    int lineCount,
    Map<String, Object> frontMatter,
    List<Diagnostic> diagnostics) {}
