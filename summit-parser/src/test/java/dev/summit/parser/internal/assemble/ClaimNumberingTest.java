package dev.summit.parser.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Claim;
import dev.summit.model.Content;
import dev.summit.model.ImmutableSection;
import dev.summit.model.ImmutableSession;
import dev.summit.model.Section;
import dev.summit.model.Session;
import dev.summit.model.Summit;
import dev.summit.parser.Corpus;
import dev.summit.parser.RecapParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The enricher numbers a session's claims as it rebuilds them (the subsections of a section before its own
 * content); the ids and section paths are those of the plain numbering it replaced, which walked the session
 * before enrichment: content first, then each section's own content before its subsections.
 */
class ClaimNumberingTest {

  @Test
  void enrichedClaimsAreNumberedAsThePlainWalkNumbersThem() throws IOException {
    List<Path> posts = Corpus.postsAndFixtures();
    RecapParser parser = RecapParser.builder().build();
    int sessions = 0;
    int claims = 0;
    for (Path post : posts) {
      Summit summit = parser.parse(post).summit();
      for (Session s : summit.sessions()) {
        List<Claim> numbered = s.claims();
        List<Claim> plain = plainNumbering(s).claims();
        assertThat(numbered).hasSameSizeAs(plain);
        for (int k = 0; k < numbered.size(); k++) {
          assertThat(numbered.get(k).id()).as(post + " " + s.id()).isEqualTo(plain.get(k).id());
          assertThat(numbered.get(k).sectionPath()).as(post + " " + numbered.get(k).id())
              .isEqualTo(plain.get(k).sectionPath());
        }
        sessions++;
        claims += numbered.size();
      }
    }
    assertThat(sessions).isGreaterThan(20);
    assertThat(claims).isGreaterThan(500);
  }

  @Test
  void nestedSectionsTakeTheirIdsAfterTheirParentsOwnClaims() throws IOException {
    Summit summit = RecapParser.builder().build()
        .parse(Path.of("..", "corpus", "sk-ai-summit-2024-day1-afternoon.md")).summit();
    boolean nested = false;
    for (Session s : summit.sessions()) {
      List<Claim> claims = s.claims();
      for (int k = 0; k < claims.size(); k++) {
        assertThat(claims.get(k).id()).isEqualTo(s.id() + String.format("-c%03d", k + 1));
      }
      for (Section sec : s.sections()) {
        nested |= !sec.subsections().isEmpty() && !sec.content().isEmpty();
      }
    }
    assertThat(nested).as("a section with both content and subsections").isTrue();
  }

  /** The session renumbered the plain way: ClaimNumbering over its content, then over its sections in order. */
  private static Session plainNumbering(Session s) {
    ClaimNumbering numbering = new ClaimNumbering(s.id());
    List<Content> content = numbering.number(s.content(), "");
    List<Section> sections = sections(numbering, s.sections(), "");
    return ImmutableSession.copyOf(s).withContent(content).withSections(sections);
  }

  private static List<Section> sections(ClaimNumbering numbering, List<Section> sections, String parentPath) {
    List<Section> out = new ArrayList<>();
    for (Section s : sections) {
      String path = numbering.path(parentPath, s);
      ImmutableSection numbered = ImmutableSection.copyOf(s).withContent(numbering.number(s.content(), path));
      out.add(numbered.withSubsections(sections(numbering, s.subsections(), path)));
    }
    return out;
  }
}
