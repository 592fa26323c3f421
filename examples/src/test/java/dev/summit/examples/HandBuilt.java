package dev.summit.examples;

import dev.summit.model.ClaimKind;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableParticipant;
import dev.summit.model.ImmutableQuantity;
import dev.summit.model.ImmutableSession;
import dev.summit.model.ImmutableSpeaker;
import dev.summit.model.ImmutableSummit;
import dev.summit.model.ImmutableTimeline;
import dev.summit.model.ImmutableTimelineEntry;
import dev.summit.model.Provenance;
import dev.summit.model.QuantityKind;
import dev.summit.model.Role;
import dev.summit.model.SessionKind;
import dev.summit.model.Summit;

/**
 * A small summit built by hand, with figures and a timeline, for the examples whose output the bundled
 * corpus does not (yet) exercise.
 */
final class HandBuilt {
  private static final Provenance AT = Provenance.of("post", 1, 1);

  private HandBuilt() {}

  static Summit summit() {
    var withTwoFigures = ImmutableClaim.builder()
        .id("d1-s01-c001").text("전력 효율은 50% 좋아지고 비용은 1.2B 달러 줄었다").kind(ClaimKind.SPEAKER)
        .addSpeakerIds("ada").sectionPath("1").source(AT)
        .addQuantities(ImmutableQuantity.builder().text("50%").start(7).end(10)
            .kind(QuantityKind.PERCENT).value(50).unit("%").build())
        .addQuantities(ImmutableQuantity.builder().text("1.2B 달러").start(20).end(27)
            .kind(QuantityKind.MONEY).value(1.2e9).unit("USD").build())
        .build();
    var range = ImmutableClaim.builder()
        .id("d1-s01-c002").text("10~15% 성장").kind(ClaimKind.AUTHOR).sectionPath("").source(AT)
        .addQuantities(ImmutableQuantity.builder().text("10~15%").start(0).end(6)
            .kind(QuantityKind.PERCENT).value(10).upperValue(15.0).unit("%").build())
        .build();
    var noFigure = ImmutableClaim.builder()
        .id("d1-s01-c003").text("숫자 없는 문장").kind(ClaimKind.SPEAKER).addSpeakerIds("ada")
        .sectionPath("").source(AT).build();
    var timeline = ImmutableTimeline.builder().title("메모리의 발전").source(AT)
        .addEntries(ImmutableTimelineEntry.builder().when("2023").label("2023년").description("HBM3").source(AT)
            .build())
        .addEntries(ImmutableTimelineEntry.builder().when("wave-1").label("Wave 1").description("PC")
            .source(AT).build())
        .build();
    var session = ImmutableSession.builder()
        .id("d1-s01").day(1).number(1).title("첫 발표").kind(SessionKind.KEYNOTE).source(AT)
        .addParticipants(ImmutableParticipant.builder().speakerId("ada").name("Ada Lovelace").role(Role.SPEAKER)
            .source(AT).build())
        .addContent(withTwoFigures, noFigure, range, timeline)
        .build();
    return ImmutableSummit.builder()
        .name("Hand-built summit")
        .addSessions(session)
        .addSpeakers(ImmutableSpeaker.builder().id("ada").name("Ada Lovelace").source(AT).build())
        .build();
  }
}
