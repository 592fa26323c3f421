package dev.summit.parser.internal.extract;

import dev.summit.model.Affiliation;
import dev.summit.model.Claim;
import dev.summit.model.ComparisonTable;
import dev.summit.model.ImmutableComparisonRow;
import dev.summit.model.ImmutableComparisonTable;
import dev.summit.model.Provenance;
import dev.summit.model.Quantity;
import dev.summit.model.TableOrigin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives comparison tables from parallel prose. Every table it gives is {@link TableOrigin#PROSE}; the
 * claims it reads stay in the model.
 *
 * <ul>
 *   <li><b>Parallel labelled claims</b>: two to six consecutive claims "LABEL: description" whose labels share
 *       their last word ("2.5D 패키징: …", "3D 패키징: …"; "습식 식각", "건식 식각"). Subjects are the labels;
 *       descriptions are aligned sentence by sentence, and a row is named by the words its sentences share
 *       ("열 관리"), else by its position.</li>
 *   <li><b>Parallel boxes</b>: two boxes in a row, each listing the same number of labelled aspects (the ⚡️
 *       electrical and ☀️ optical boxes). Subjects are the boxes' terms; row i pairs aspect i of each.</li>
 *   <li><b>Contrast</b>: one sentence "A는 … 반면, B는 …" ("과거 데이터센터는 렉당 2~5KW … 반면, AI 데이터센터는
 *       최대 30KW"): subjects A and B; a row per figure unit both halves share, else one row of the two
 *       descriptions.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ProseComparisonDeriver {

  private static final Pattern PAREN = Pattern.compile("\\([^()]{0,40}\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LABEL_NUMBER = Pattern.compile("^(\\d{1,2}[.)]|\\(\\d{1,2}\\))\\s+");
  private static final Pattern LEADING_COMMAS = Pattern.compile("^[,\\s]+");
  private static final List<String> CONTRASTS = List.of("반면에", "반면", "것과 달리", "와 달리", "과 달리", "에 반해");
  private static final Set<String> STOP = Set.of(
      "이", "이는", "이를", "그러나", "또한", "특히", "하지만", "있습니다", "합니다", "제공합니다", "더", "및", "수", "것",
      "있다", "하며", "등", "이러한", "통해", "위해", "있는", "되는", "하는", "또는", "가장", "매우", "크게");
  private static final Set<String> ADJECTIVES = Set.of(
      "낮은", "높은", "작은", "많은", "좋은", "같은", "넓은", "깊은", "짧은", "적은", "얇은", "굵은", "검은", "밝은", "늦은", "젊은");
  private static final Set<String> WEAK_HEADS = Set.of("문제", "기능", "방법", "관리", "전략", "지원", "활용");

  private final QuantityExtractor quantities = new QuantityExtractor();

  /** A table derived from items {@code firstIndex..lastIndex} of a content list; placed after the last. */
  public record Derived(int firstIndex, int lastIndex, ComparisonTable table) {}

  /**
   * A labelled aspect: "LABEL: description".
   *
   * @param descriptionFrom where the description starts in {@code text} (right after the colon)
   */
  record Aspect(String label, String text, int descriptionFrom) {
    /** Made when asked, not for every labelled claim: most never become a table. */
    String description() {
      return text.substring(descriptionFrom).strip();
    }
  }

  static Optional<Aspect> aspect(String text) {
    return aspect(text, 3);
  }

  /** "LABEL: description", the label at most {@code maxWords} words (parentheses aside). */
  static Optional<Aspect> aspect(String text, int maxWords) {
    int lead = 0;
    while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
      lead++; // String.stripLeading, read in place: white space is all in the Basic Multilingual Plane
    }
    String t = text;
    int colon = -1;
    for (int i = lead; i < Math.min(t.length(), lead + 42); i++) {
      char c = t.charAt(i);
      if (c == ':' || c == '：') {
        colon = i;
        break;
      }
      if (c == '\n') {
        return Optional.empty();
      }
    }
    if (colon < lead + 1 || blankFrom(t, colon + 1)) {
      return Optional.empty(); // no label, or nothing after it
    }
    String label = t.substring(lead, colon).strip();
    if (label.isEmpty() || label.endsWith("다") || label.contains(". ")) {
      return Optional.empty();
    }
    if (startsLikeNumber(label)) {
      label = LABEL_NUMBER.matcher(label).replaceFirst("");
    }
    if (words(withoutParens(label).strip()) > maxWords) {
      return Optional.empty(); // a sentence, not a label
    }
    // the description, as long as the claim, is made only for a label that passed
    return Optional.of(new Aspect(label, text, colon + 1));
  }

  /** Whether {@code s} from {@code from} on is white space only (what {@code strip().isEmpty()} tells). */
  private static boolean blankFrom(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether LABEL_NUMBER can match: it starts with an ASCII digit or a parenthesis. */
  private static boolean startsLikeNumber(String label) {
    char c = label.isEmpty() ? ' ' : label.charAt(0);
    return c >= '0' && c <= '9' || c == '(';
  }

  /** PAREN's matches removed; the same String when it holds no parenthesis. */
  private static String withoutParens(String s) {
    return s.indexOf('(') < 0 ? s : PAREN.matcher(s).replaceAll("");
  }

  /** {@code SPACES.split(s).length} for a stripped {@code s}: one more than its runs of {@code \\s}. */
  private static int words(String s) {
    int words = 1;
    boolean inSpace = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Affiliation.isPatternSpace(s.charAt(i));
      if (space && !inSpace) {
        words++;
      }
      inSpace = space;
    }
    return words;
  }


  /**
   * Tables from runs of parallel labelled claims.
   *
   * @param claims sibling claims, in order; null stands for an item that breaks a run
   */
  public List<Derived> parallel(List<Claim> claims) {
    List<Derived> out = new ArrayList<>();
    int i = 0;
    // the aspect of the claim that ended the last run, which is read next when that run was one claim
    int knownIndex = -1;
    Optional<Aspect> known = Optional.empty();
    while (i < claims.size()) {
      Optional<Aspect> a = claims.get(i) == null ? Optional.empty()
          : i == knownIndex ? known : aspect(claims.get(i).text());
      if (a.isEmpty()) {
        i++;
        continue;
      }
      String head = head(a.get().label());
      List<Aspect> run = new ArrayList<>(List.of(a.get()));
      int j = i + 1;
      while (head != null && j < claims.size() && claims.get(j) != null && run.size() < 6) {
        Optional<Aspect> b = aspect(claims.get(j).text());
        knownIndex = j;
        known = b;
        if (b.isEmpty() || !head.equals(head(b.get().label()))) {
          break;
        }
        run.add(b.get());
        j++;
      }
      if (run.size() >= 2 && head != null && distinctLabels(run)) {
        out.add(new Derived(i, j - 1, alignedTable(run, span(claims.get(i).source(), claims.get(j - 1).source()))));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean distinctLabels(List<Aspect> run) {
    Set<String> labels = new LinkedHashSet<>();
    for (Aspect a : run) {
      labels.add(a.label());
    }
    return labels.size() == run.size();
  }

  /** The last word of a label, without its parenthesis: "화학 기상 증착(CVD)" → "증착"; null for one word. */
  static String head(String label) {
    String l = withoutParens(label).strip();
    int last = l.length() - 1;
    while (last >= 0 && !Affiliation.isPatternSpace(l.charAt(last))) {
      last--;
    }
    if (last < 0) {
      return null; // one word
    }
    String h = l.substring(last + 1); // SPACES.split(l)'s last word: l is stripped, so it ends in no space
    if (h.length() < 2 || WEAK_HEADS.contains(h)) {
      return null;
    }
    return h;
  }

  private ComparisonTable alignedTable(List<Aspect> run, Provenance source) {
    List<List<String>> sentences = new ArrayList<>();
    int rows = 0;
    for (Aspect a : run) {
      List<String> s = new ArrayList<>();
      for (String x : sentences(a.description())) {
        if (!x.isBlank()) {
          s.add(x.strip());
        }
      }
      sentences.add(s);
      rows = Math.max(rows, s.size());
    }
    StringBuilder title = new StringBuilder(); // the labels joined by " vs " (a stream per table before)
    for (int k = 0; k < run.size(); k++) {
      title.append(k == 0 ? "" : " vs ").append(run.get(k).label());
    }
    ImmutableComparisonTable.Builder t = ImmutableComparisonTable.builder()
        .title(title.toString())
        .origin(TableOrigin.PROSE)
        .source(source);
    for (Aspect a : run) {
      t.addSubjects(a.label());
    }
    for (int r = 0; r < rows; r++) {
      List<String> values = new ArrayList<>();
      for (List<String> s : sentences) {
        values.add(r < s.size() ? s.get(r) : "");
      }
      String attribute = shared(values).orElse("특징 " + (r + 1));
      t.addRows(ImmutableComparisonRow.builder().attribute(attribute).values(values).build());
    }
    return t.build();
  }

  /**
   * A table from two boxes in a row, each a list of labelled aspects of equal length.
   *
   * @param subjectA the first box's term
   * @param a the first box's claims
   */
  public Optional<ComparisonTable> boxes(String subjectA, List<Claim> a, String subjectB, List<Claim> b,
      Provenance source) {
    if (a.size() < 2 || a.size() != b.size() || a.size() > 8) {
      return Optional.empty();
    }
    List<Aspect> as = new ArrayList<>();
    List<Aspect> bs = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      Optional<Aspect> x = aspect(a.get(i).text(), 6);
      Optional<Aspect> y = aspect(b.get(i).text(), 6);
      if (x.isEmpty() || y.isEmpty()) {
        return Optional.empty();
      }
      as.add(x.get());
      bs.add(y.get());
    }
    ImmutableComparisonTable.Builder t = ImmutableComparisonTable.builder()
        .title(subjectA + " vs " + subjectB)
        .addSubjects(subjectA, subjectB)
        .origin(TableOrigin.PROSE)
        .source(source);
    for (int i = 0; i < as.size(); i++) {
      Aspect x = as.get(i);
      Aspect y = bs.get(i);
      String attribute = shared(List.of(x.label(), y.label()))
          .or(() -> shared(List.of(x.description(), y.description())))
          .orElse(x.label() + " / " + y.label());
      t.addRows(ImmutableComparisonRow.builder().attribute(attribute)
          .values(List.of(x.label() + ": " + x.description(), y.label() + ": " + y.description())).build());
    }
    return Optional.of(t.build());
  }

  /** A table from one contrast sentence, "A는 … 반면, B는 …". */
  public Optional<ComparisonTable> contrast(Claim claim) {
    String text = claim.text();
    if (!text.contains("반면") && !text.contains("달리") && !text.contains("에 반해")) {
      return Optional.empty(); // no contrast marker
    }
    for (String sentence : sentences(text)) {
      for (String marker : CONTRASTS) {
        int at = sentence.indexOf(marker);
        if (at <= 0) {
          continue;
        }
        String left = sentence.substring(0, at);
        Optional<Aspect> labelled = aspect(left);
        if (labelled.isPresent()) {
          left = labelled.get().description(); // "낮은 전력 소모: A는 … 반면, B는 …"
        }
        String right = LEADING_COMMAS.matcher(sentence.substring(at + marker.length())).replaceFirst("");
        Optional<String[]> l = topic(left, true);
        Optional<String[]> r = topic(right, false);
        if (l.isEmpty() || r.isEmpty() || l.get()[0].equals(r.get()[0])) {
          continue;
        }
        ImmutableComparisonTable.Builder t = ImmutableComparisonTable.builder()
            .title(l.get()[0] + " vs " + r.get()[0])
            .addSubjects(l.get()[0], r.get()[0])
            .origin(TableOrigin.PROSE)
            .source(claim.source());
        List<Quantity> lq = quantities.extract(l.get()[1]);
        List<Quantity> rq = quantities.extract(r.get()[1]);
        boolean any = false;
        for (Quantity q : lq) {
          for (Quantity p : rq) {
            if (q.unit().equals(p.unit())) {
              String attribute = nounAfter(l.get()[1], q.end()).orElse(q.unit());
              t.addRows(ImmutableComparisonRow.builder().attribute(attribute)
                  .values(List.of(withQualifier(l.get()[1], q), withQualifier(r.get()[1], p))).build());
              any = true;
              break;
            }
          }
          if (any) {
            break;
          }
        }
        if (!any) {
          t.addRows(ImmutableComparisonRow.builder().attribute("특징")
              .values(List.of(l.get()[1].strip(), r.get()[1].strip())).build());
        }
        return Optional.of(t.build());
      }
    }
    return Optional.empty();
  }

  /**
   * The topic of a clause: the words up to the first word with 은/는 (after the last comma before it), and
   * the rest. For the left clause the topic must be followed by more words.
   */
  private static Optional<String[]> topic(String clause, boolean left) {
    String[] words = SPACES.split(clause.strip());
    int start = 0;
    for (int i = 0; i < words.length && i < 8; i++) {
      String w = words[i];
      if (w.endsWith(",")) {
        start = i + 1;
        continue;
      }
      if (w.length() >= 2 && (w.endsWith("는") || w.endsWith("은")) && !w.endsWith("하는") && !w.endsWith("되는")
          && !w.endsWith("있는") && !w.endsWith("없는") && !w.endsWith("에서는") && !w.endsWith("에는")
          && !ADJECTIVES.contains(w)) {
        if (i - start > 2 || i + 1 >= words.length) {
          return Optional.empty();
        }
        StringBuilder subject = new StringBuilder();
        for (int k = start; k <= i; k++) {
          subject.append(k > start ? " " : "").append(words[k]);
        }
        String s = subject.substring(0, subject.length() - 1).strip();
        if (s.isEmpty()) {
          return Optional.empty();
        }
        StringBuilder rest = new StringBuilder();
        for (int k = i + 1; k < words.length; k++) {
          rest.append(k > i + 1 ? " " : "").append(words[k]);
        }
        return Optional.of(new String[] {s, rest.toString()});
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nounAfter(String text, int end) {
    if (text.startsWith("의 ", end)) {
      int s = end + 2;
      int e = s;
      while (e < text.length() && Transliteration.isHangul(text.charAt(e))) {
        e++;
      }
      if (e > s) {
        String w = NameMatcher.stripParticle(text.substring(s, e));
        if (w.length() >= 2) {
          return Optional.of(w);
        }
      }
    }
    return Optional.empty();
  }

  private static String withQualifier(String text, Quantity q) {
    for (String qual : List.of("최대 ", "최소 ", "약 ", "평균 ")) {
      if (q.start() >= qual.length() && text.startsWith(qual, q.start() - qual.length())) {
        return qual + q.text();
      }
    }
    return q.text();
  }

  /**
   * The words of a value's first 400 characters, parentheses of up to 40 characters taken out: the non-empty
   * pieces of {@code WORD_BREAKS.split(PAREN.matcher(head).replaceAll(" "))}, cut by hand (a split into an
   * array, with a Matcher and a copy of the text, for every value of every row).
   */
  static List<String> valueWords(String v) {
    String head = v.length() > 400 ? v.substring(0, 400) : v; // the first words are enough, and bounded
    String t = head.indexOf('(') < 0 ? head : PAREN.matcher(head).replaceAll(" ");
    List<String> out = new ArrayList<>();
    int n = t.length();
    int i = 0;
    while (i < n) {
      while (i < n && isWordBreak(t.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isWordBreak(t.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(t.substring(start, i));
      }
    }
    return out;
  }

  /** {@code [\\s,.:;!?]}. */
  private static boolean isWordBreak(char c) {
    return Affiliation.isPatternSpace(c) || c == ',' || c == '.' || c == ':' || c == ';' || c == '!' || c == '?';
  }

  /**
   * {@code SENTENCE_END.split(text)} ({@code (?<=[.!?])\\s+}), cut by hand: a run of white space after a full
   * stop, exclamation or question mark ends a sentence. As with the split, a cut at the very end leaves no
   * empty last piece.
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int from = 0;
    int q = 1;
    while (q < n) {
      char p = text.charAt(q - 1);
      if (Affiliation.isPatternSpace(text.charAt(q)) && (p == '.' || p == '!' || p == '?')) {
        out.add(text.substring(from, q));
        int e = q + 1;
        while (e < n && Affiliation.isPatternSpace(text.charAt(e))) {
          e++;
        }
        from = e;
        q = e + 1;
      } else {
        q++;
      }
    }
    if (from < n || out.isEmpty()) {
      out.add(text.substring(from));
    }
    return out;
  }

  /** The first word (or two) all values share, particles removed. */
  static Optional<String> shared(List<String> values) {
    List<List<String>> words = new ArrayList<>();
    for (String v : values) {
      if (v.isBlank()) {
        return Optional.empty();
      }
      List<String> ws = new ArrayList<>();
      for (String w : valueWords(v)) {
        ws.add(NameMatcher.stripParticle(w));
      }
      words.add(ws);
    }
    List<String> first = words.get(0);
    // bigrams first ("열 관리"), then words of two or more characters
    for (int i = 0; i + 1 < first.size(); i++) {
      String bigram = rawWord(first.get(i)) + " " + first.get(i + 1);
      if (STOP.contains(first.get(i)) || STOP.contains(first.get(i + 1))) {
        continue;
      }
      if (allContain(words, first.get(i), first.get(i + 1))) {
        return Optional.of(bigram);
      }
    }
    for (String w : first) {
      if (w.length() >= 2 && !STOP.contains(w) && allContainWord(words, w)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  private static String rawWord(String w) {
    return w;
  }

  private static boolean allContain(List<List<String>> words, String a, String b) {
    for (List<String> ws : words) {
      boolean found = false;
      for (int i = 0; i + 1 < ws.size(); i++) {
        if (ws.get(i).equals(a) && ws.get(i + 1).equals(b)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean allContainWord(List<List<String>> words, String w) {
    for (List<String> ws : words) {
      if (!ws.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static Provenance span(Provenance a, Provenance b) {
    return TimelineExtractor.span(a, b);
  }
}
