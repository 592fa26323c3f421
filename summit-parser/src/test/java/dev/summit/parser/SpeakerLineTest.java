package dev.summit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summit.model.Participant;
import dev.summit.model.Role;
import dev.summit.model.Session;
import dev.summit.model.Speaker;
import dev.summit.model.Summit;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speaker lines in every shape posts use, each parsed through a whole one-session post: (line, name, role,
 * organisation, position, honorific). An empty cell means absent.
 */
class SpeakerLineTest {
  private static final RecapParser PARSER = RecapParser.builder().build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '¦', value = {
      "Rani Borkar (Microsoft CVP)¦Rani Borkar¦SPEAKER¦Microsoft¦CVP¦",
      "Kai Fu Lee (Sinovation Ventures, Rhymes AI 회장)¦Kai Fu Lee¦SPEAKER¦Sinovation Ventures, Rhymes AI¦회장¦",
      "오혜연 (KAIST 교수, Moderator)¦오혜연¦MODERATOR¦KAIST¦교수¦",
      "오혜연 교수 (KAIST, Moderator)¦오혜연¦MODERATOR¦KAIST¦¦교수",
      "Gary Grider (Los Alamos National Laboratory, HPC Division Leader, Moderator)¦Gary Grider¦MODERATOR"
          + "¦Los Alamos National Laboratory¦HPC Division Leader¦",
      "Tom Hardy | CISO | SecureCorp¦Tom Hardy¦SPEAKER¦SecureCorp¦CISO¦",
      "Greg Brockman (OpenAI 회장 겸 사장, 공동창립자)¦Greg Brockman¦SPEAKER¦OpenAI¦회장 겸 사장, 공동창립자¦",
      "Aravind Srinivas (Perplexity 공동창립자, CEO)¦Aravind Srinivas¦SPEAKER¦Perplexity¦공동창립자, CEO¦",
      "Steve Scott (AMD Corporate Fellow)¦Steve Scott¦SPEAKER¦AMD¦Corporate Fellow¦",
      "Jane Roe¦Jane Roe¦SPEAKER¦¦¦",
  })
  void oneSpeaker(String line, String name, Role role, String org, String position, String honorific) {
    Summit summit = PARSER.parse("**1. Talk**\n\n* **발표자:** " + line + "\n\n* Body.\n", "t").summit();
    Session session = summit.expectSession(1);
    assertThat(session.participants()).hasSize(1);
    Participant p = session.participants().get(0);
    assertThat(p.name()).isEqualTo(name);
    assertThat(p.role()).isEqualTo(role);
    Speaker s = summit.expectSpeaker(p.speakerId());
    assertThat(s.organization()).isEqualTo(Optional.ofNullable(org));
    assertThat(s.position()).isEqualTo(Optional.ofNullable(position));
    assertThat(s.honorific()).isEqualTo(Optional.ofNullable(honorific));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '¦', value = {
      // lines are written as \\n in the table
      // a comma-separated list on one line
      "* **참여자:** A Kim (X Corp CEO), B Lee (Y Inc, CTO), C Park (Z Lab 대표), D Choi (Uni 교수, Moderator)"
          + "¦A Kim,B Lee,C Park,D Choi¦PANELIST,PANELIST,PANELIST,MODERATOR",
      // a nested list
      "* **참여자:**\\n  + A Kim (X Corp CEO)\\n  + B Lee (Y Inc, CTO)\\n  + C Park (Z Lab 대표)\\n  + D Choi 교수 (Uni, Moderator)"
          + "¦A Kim,B Lee,C Park,D Choi¦PANELIST,PANELIST,PANELIST,MODERATOR",
      // a Moderator label of its own
      "- Panelists: A Kim (X Corp CEO), B Lee (Y Inc, CTO), C Park (Z Lab 대표)\\n- Moderator: D Choi (Uni)"
          + "¦A Kim,B Lee,C Park,D Choi¦PANELIST,PANELIST,PANELIST,MODERATOR",
      // a dialogue with no moderator
      "* **참여자:** A Kim (X Corp CEO), B Lee (Y Inc, CTO)¦A Kim,B Lee¦SPEAKER,SPEAKER",
  })
  void severalPeople(String labels, String names, String roles) {
    Summit summit = PARSER.parse("## 3. Session\n\n" + labels.replace("\\n", "\n") + "\n\n* Body.\n", "t").summit();
    Session session = summit.expectSession(3);
    assertThat(session.participants()).extracting(Participant::name).containsExactly(names.split(","));
    assertThat(session.participants()).extracting(p -> p.role().name()).containsExactly(roles.split(","));
  }
}
