package dev.summit.export;

import dev.summit.model.ClaimKind;
import dev.summit.model.DayPart;
import dev.summit.model.Diagnostic;
import dev.summit.model.DocumentFormat;
import dev.summit.model.ImmutableCallout;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableComparisonRow;
import dev.summit.model.ImmutableComparisonTable;
import dev.summit.model.ImmutableDay;
import dev.summit.model.ImmutableImage;
import dev.summit.model.ImmutableLink;
import dev.summit.model.ImmutableParticipant;
import dev.summit.model.ImmutableQuantity;
import dev.summit.model.ImmutableQuote;
import dev.summit.model.ImmutableReview;
import dev.summit.model.ImmutableSection;
import dev.summit.model.ImmutableSession;
import dev.summit.model.ImmutableSourceDocument;
import dev.summit.model.ImmutableSpeaker;
import dev.summit.model.ImmutableSummit;
import dev.summit.model.ImmutableTimeline;
import dev.summit.model.ImmutableTimelineEntry;
import dev.summit.model.Provenance;
import dev.summit.model.QuantityKind;
import dev.summit.model.ReviewKind;
import dev.summit.model.Role;
import dev.summit.model.SessionKind;
import dev.summit.model.Severity;
import dev.summit.model.Summit;
import dev.summit.model.TableOrigin;
import java.time.LocalDate;
import java.time.LocalTime;


/**
 * A small, hand-built summit that holds every content type, every optional both present and absent, and text
 * that is hard for each format: emoji, a ZWJ sequence, right-to-left marks, quotes, newlines, commas,
 * Markdown syntax and spreadsheet formulas.
 */
final class SampleSummit {
  static final String DOC = "sample-post";
  static final String EMOJI = "Scale 🚀 and 👩‍💻 (ZWJ) with ‏مرحبا‎ inline";

  private SampleSummit() {}

  static Provenance at(int start, int end) {
    return Provenance.of(DOC, start, end);
  }

  static Summit summit() {
    var keynote = ImmutableSession.builder()
        .id("d1-s01")
        .day(1)
        .part(DayPart.MORNING)
        .number(1)
        .title("AI, \"quotes\" and commas, of course")
        .englishTitle("AI: the Road Ahead")
        .kind(SessionKind.KEYNOTE)
        .summary("Why speed, scale and sustainability matter.")
        .start(LocalTime.of(9, 30))
        .end(LocalTime.of(10, 0))
        .addParticipants(ImmutableParticipant.builder()
            .speakerId("rani-borkar").name("Rani Borkar").role(Role.SPEAKER)
            .affiliation("Microsoft CVP").source(at(20, 20)).build())
        .addKeywords("속도", "규모")
        .addContent(ImmutableImage.builder()
            .url("https://example.org/img/keynote.png").alt("Stage, wide shot")
            .credit("SK Group").source(at(24, 25)).build())
        .addSections(ImmutableSection.builder()
            .number("1").title("Apollo & the Era of AI")
            .addContent(ImmutableClaim.builder()
                .id("d1-s01-c001").text("In 1962, 400,000 people worked on Apollo; costs rose 50%.")
                .kind(ClaimKind.SPEAKER).addSpeakerIds("rani-borkar")
                .addQuantities(ImmutableQuantity.builder().text("400,000").start(9).end(16)
                    .kind(QuantityKind.COUNT).value(400000).unit("count").build())
                .addQuantities(ImmutableQuantity.builder().text("50%").start(54).end(57)
                    .kind(QuantityKind.PERCENT).value(50).unit("%").build())
                .sectionPath("1")
                .addChildren(ImmutableClaim.builder()
                    .id("d1-s01-c002").text("# not a heading, > not a quote, 1. not a list | not a table")
                    .kind(ClaimKind.SPEAKER).addSpeakerIds("rani-borkar").sectionPath("1")
                    .source(at(31, 31)).build())
                .source(at(30, 31)).build())
            .addContent(ImmutableClaim.builder()
                .id("d1-s01-c003").text("=HYPERLINK(\"http://evil\") is data, not a formula")
                .kind(ClaimKind.AUTHOR).sectionPath("1").source(at(32, 32)).build())
            .addSubsections(ImmutableSection.builder()
                .number("1.1").title("Speed")
                .addContent(ImmutableCallout.builder()
                    .marker("💡").term("Moore's Law?")
                    .addBody(ImmutableClaim.builder()
                        .id("d1-s01-c004").text("Transistor counts double about every 2 years.")
                        .kind(ClaimKind.EXPLAINER).sectionPath("1.1")
                        .addQuantities(ImmutableQuantity.builder().text("2 years").start(35).end(42)
                            .kind(QuantityKind.DURATION).value(2).unit("year").build())
                        .source(at(36, 36)).build())
                    .source(at(35, 37)).build())
                .addContent(ImmutableTimeline.builder()
                    .title("GPU waves")
                    .addEntries(ImmutableTimelineEntry.builder().when("2023").label("2023년")
                        .description("GPU shortage, \"sold out\"").source(at(38, 38)).build())
                    .addEntries(ImmutableTimelineEntry.builder().when("wave-2").label("Wave 2")
                        .description("-fine tuning, private models").source(at(39, 39)).build())
                    .source(at(38, 39)).build())
                .source(at(34, 39)).build())
            .source(at(28, 39)).build())
        .addSections(ImmutableSection.builder()
            .number("2").title("Agents vs apps")
            .addContent(ImmutableComparisonTable.builder()
                .title("AI native apps and AI agents").attributeHeader("특성")
                .addSubjects("AI native app", "AI agent")
                .addRows(ImmutableComparisonRow.builder().attribute("Goal")
                    .addValues("a feature | one task", "user goals, end to end").build())
                .addRows(ImmutableComparisonRow.builder().attribute("Autonomy")
                    .addValues("+low", "@high").build())
                .origin(TableOrigin.TABLE).source(at(42, 46)).build())
            .addContent(ImmutableComparisonTable.builder()
                .addSubjects("Lambda", "Penguin")
                .addRows(ImmutableComparisonRow.builder().attribute("Focus")
                    .addValues("GPU cloud", "AI infrastructure").build())
                .origin(TableOrigin.PROSE).source(at(47, 48)).build())
            .addContent(ImmutableQuote.builder()
                .addBody(ImmutableClaim.builder()
                    .id("d1-s01-c005").text(EMOJI).kind(ClaimKind.AUTHOR).sectionPath("2")
                    .source(at(49, 49)).build())
                .source(at(49, 49)).build())
            .addContent(ImmutableLink.builder().url("https://youtu.be/ODaHJzOyVCQ")
                .text("Claude | Computer use").source(at(50, 50)).build())
            .addContent(ImmutableReview.builder().kind(ReviewKind.PERSONAL_OPINION)
                .text("Agents are coming, slowly.").source(at(51, 51)).build())
            .source(at(41, 51)).build())
        .addContent(ImmutableReview.builder().kind(ReviewKind.REVIEW)
            .text("A good talk 😎").source(at(53, 53)).build())
        .source(at(18, 53))
        .build();

    var panel = ImmutableSession.builder()
        .id("d1-s02")
        .day(1)
        .part(DayPart.AFTERNOON)
        .number(2)
        .title("패널토의: AI Infrastructure")
        .kind(SessionKind.PANEL)
        .addParticipants(ImmutableParticipant.builder()
            .speakerId("yoo-young-sang").name("유영상").role(Role.PANELIST)
            .affiliation("SK텔레콤 CEO").source(at(60, 60)).build())
        .addParticipants(ImmutableParticipant.builder()
            .speakerId("oh-hye-yeon").name("오혜연").role(Role.MODERATOR)
            .affiliation("KAIST 교수, Moderator").source(at(61, 61)).build())
        .addContent(ImmutableClaim.builder()
            .id("d1-s02-c001").text("Data centres need 1GW; \nthat is a lot.")
            .kind(ClaimKind.SPEAKER).addSpeakerIds("yoo-young-sang")
            .addOrganizationSpeakerIds("yoo-young-sang")
            .addQuantities(ImmutableQuantity.builder().text("1GW").start(18).end(21)
                .kind(QuantityKind.POWER).value(1_000_000).unit("kW").build())
            .addQuantities(ImmutableQuantity.builder().text("10~15%").start(0).end(6)
                .kind(QuantityKind.PERCENT).value(10).upperValue(15.5).unit("%").build())
            .sectionPath("").source(at(63, 64)).build())
        .source(at(58, 64))
        .build();

    return ImmutableSummit.builder()
        .name("SK AI SUMMIT 2024")
        .year(2024)
        .startDate(LocalDate.of(2024, 11, 4))
        .endDate(LocalDate.of(2024, 11, 5))
        .venue("COEX, Seoul")
        .addDays(ImmutableDay.builder()
            .number(1).date(LocalDate.of(2024, 11, 4))
            .keyConcept("AI 생태계와 인프라의 혁신")
            .description("Infrastructure, chips and energy.")
            .addKeywords("AI 생태계 강화", "Generative AI")
            .addCoveredParts(DayPart.MORNING, DayPart.AFTERNOON)
            .source(at(10, 16)).build())
        .addSessions(keynote, panel)
        .addSpeakers(ImmutableSpeaker.builder().id("rani-borkar").name("Rani Borkar")
            .organization("Microsoft").position("CVP").source(at(20, 20)).build())
        .addSpeakers(ImmutableSpeaker.builder().id("yoo-young-sang").name("유영상")
            .addAliases("Ryu Young-sang").organization("SK텔레콤").position("CEO").source(at(60, 60)).build())
        .addSpeakers(ImmutableSpeaker.builder().id("oh-hye-yeon").name("오혜연")
            .organization("KAIST").position("교수").honorific("교수").source(at(61, 61)).build())
        .addDocuments(ImmutableSourceDocument.builder()
            .id(DOC).title("[정리] Sample, \"quoted\" post").date(LocalDate.of(2024, 11, 9))
            .addTags("Conference", "Conference | SK-AI")
            .sourceUrl("https://example.org/posts/sample")
            .contentHash("0f".repeat(32))
            .format(DocumentFormat.MARKDOWN)
            .day(1).part(DayPart.WHOLE_DAY)
            .lineCount(70)
            .addContent(ImmutableClaim.builder().id("doc-c001").text("An introduction by the author.")
                .kind(ClaimKind.AUTHOR).sectionPath("").source(at(5, 5)).build())
            .addContent(ImmutableImage.builder().url("https://example.org/img/agenda.png").alt("")
                .source(at(8, 8)).build())
            .build())
        .addDiagnostics(Diagnostic.of(Severity.WARNING, "agenda-title-mismatch",
            "agenda says \"AI\", heading says \"AI, quotes\"", DOC, 18, 1))
        .addDiagnostics(Diagnostic.of(Severity.INFO, "no-document", "about the whole input", null, 0, 0))
        .build();
  }

  /** The same sample, without optional values, to test the "absent is left out" rule. */
  static Summit minimal() {
    return ImmutableSummit.builder()
        .addSessions(ImmutableSession.builder().id("s1").title("Untitled").kind(SessionKind.OTHER)
            .source(at(1, 1)).build())
        .build();
  }

}
