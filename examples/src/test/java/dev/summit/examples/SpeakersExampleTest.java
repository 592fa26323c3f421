package dev.summit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakersExampleTest {
  private final String out = Printed.by(o -> SpeakersExample.print(ExampleInput.summit(), o));

  @Test
  void eachSpeakerOnceAcrossBothPosts() {
    assertThat(out.lines().filter(line -> !line.startsWith(" "))).hasSize(17).doesNotHaveDuplicates();
  }

  @Test
  void speakersOfTwoSessionsHaveTheRoleOfEach() {
    assertThat(out)
        .contains("유영상\n"
            + "  session 3, SPEAKER: Embracing the Future: SK's Approach to Next Era of AI\n"
            + "  session 9, PANELIST: 패널토의: AI 시대 Infrastructure의 현재와 미래\n")
        .contains("Steve Scott\n"
            + "  session 11, SPEAKER: AI 발전을 위한 기술적 요구사항\n"
            + "  session 13, PANELIST: 패널토의: AI 반도체와 인프라의 진화\n");
  }

  @Test
  void moderatorsAreListedAsModerators() {
    assertThat(out)
        .contains("이준표\n  session 2, MODERATOR: 대담: AI의 미래\n")
        .contains("오혜연\n  session 9, MODERATOR: ")
        .contains("Gary Grider\n  session 13, MODERATOR: ");
  }
}
