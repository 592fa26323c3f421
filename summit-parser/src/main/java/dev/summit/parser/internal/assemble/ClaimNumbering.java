package dev.summit.parser.internal.assemble;

import dev.summit.model.Callout;
import dev.summit.model.Claim;
import dev.summit.model.Content;
import dev.summit.model.ImmutableCallout;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableQuote;
import dev.summit.model.ImmutableSection;
import dev.summit.model.Quote;
import dev.summit.model.Section;
import dev.summit.parser.internal.extract.SessionEnricher;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every claim of a session its id ({@code d1-s05-c007}, in depth-first order, so stable across
 * re-parses) and its section path ({@code 2.3.1}; unnumbered sections by title, joined with {@code " > "}).
 *
 * <p>A session's claims are numbered by the enricher as it rebuilds them ({@link SessionEnricher.Numbering}),
 * with {@link #claimId} and {@link #path}; {@link #number} numbers a document's own content.
 */
final class ClaimNumbering implements SessionEnricher.Numbering {
  private final String sessionId;
  private int next = 1;

  ClaimNumbering(String sessionId) {
    this.sessionId = sessionId;
  }

  @Override
  public String path(String parent, Section s) {
    String own = s.number().isEmpty() ? s.title() : s.number();
    if (parent.isEmpty()) {
      return own;
    }
    // 2.3.1 already says it is inside 2.3 and 2
    int cut = parent.lastIndexOf(" > ");
    String lastPart = cut < 0 ? parent : parent.substring(cut + 3);
    if (!s.number().isEmpty() && s.number().startsWith(lastPart + ".")) {
      return parent.substring(0, parent.length() - lastPart.length()) + own;
    }
    return parent + " > " + own;
  }

  List<Content> number(List<Content> content, String path) {
    List<Content> out = new ArrayList<>(content.size());
    for (Content c : content) {
      out.add(number(c, path));
    }
    return out;
  }

  private Content number(Content c, String path) {
    switch (c.type()) {
      case CLAIM -> {
        Claim claim = (Claim) c;
        String id = claimId(next++);
        List<Claim> children = claim.children();
        if (!children.isEmpty()) {
          List<Claim> numberedChildren = new ArrayList<>(children.size());
          for (Claim child : children) {
            numberedChildren.add((Claim) number(child, path));
          }
          children = numberedChildren;
        }
        if (claim.speakerIds().isEmpty() && claim.organizationSpeakerIds().isEmpty() && claim.quantities().isEmpty()) {
          // one claim instead of one per wither; of(...) copies only the children, as withChildren did
          return ImmutableClaim.of(claim.source(), id, claim.text(), claim.kind(), List.of(), List.of(), List.of(),
              path, children);
        }
        // of(...) would copy the non-empty lists again; the withers share them
        ImmutableClaim numbered = ImmutableClaim.copyOf(claim).withId(id).withSectionPath(path);
        return children == claim.children() ? numbered : numbered.withChildren(children);
      }
      case CALLOUT -> {
        Callout callout = (Callout) c;
        return ImmutableCallout.copyOf(callout).withBody(number(callout.body(), path));
      }
      case QUOTE -> {
        Quote quote = (Quote) c;
        return ImmutableQuote.copyOf(quote).withBody(number(quote.body(), path));
      }
      default -> {
        return c;
      }
    }
  }

  /** {@code -c000} to {@code -c999}, each made when first needed; a racy fill is harmless (Strings are immutable). */
  private static final String[] SUFFIXES = new String[1000];

  /**
   * The session id, {@code -c} and {@code String.format("%03d", n)}: one concatenation with a shared suffix (a
   * Formatter per claim, then the padding's own Strings and a StringBuilder, were visible in the profile).
   */
  @Override
  public String claimId(int n) {
    if (n >= SUFFIXES.length) {
      return sessionId + "-c" + n;
    }
    String suffix = SUFFIXES[n];
    if (suffix == null) {
      suffix = (n < 10 ? "-c00" : n < 100 ? "-c0" : "-c") + n;
      SUFFIXES[n] = suffix;
    }
    return sessionId.concat(suffix);
  }
}
