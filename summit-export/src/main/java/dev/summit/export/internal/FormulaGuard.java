package dev.summit.export.internal;

/**
 * Neutralises spreadsheet formulas in text cells, following OWASP's "CSV Injection" advice: a text cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe
 * ({@code '}), so that Excel, LibreOffice and Google Sheets show it as text instead of evaluating it. The
 * writer then quotes the cell as RFC 4180 requires. Only text columns are touched: numbers stay numbers.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  /** True when a spreadsheet could read the text as a formula. */
  public static boolean isDangerous(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** The text with a leading apostrophe when it is dangerous; else the text itself. */
  public static String neutralise(String text) {
    return isDangerous(text) ? "'" + text : text;
  }
}
