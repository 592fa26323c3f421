package dev.summit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.summit.export.internal.FormulaGuard;
import dev.summit.model.ClaimKind;
import dev.summit.model.ImmutableClaim;
import dev.summit.model.ImmutableSession;
import dev.summit.model.ImmutableSummit;
import dev.summit.model.SessionKind;
import dev.summit.model.Summit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any cell text survives RFC 4180 writing and reading; spreadsheet formulas come back neutralised. */
class CsvCellPropertiesTest {
  private static final CsvMapper READER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  @Provide
  Arbitrary<String> cells() {
    Arbitrary<String> pieces = Arbitraries.of(",", "\"", "\"\"", "\n", "\r\n", "\r", "\t", " ", "=", "+", "-", "@",
        "'", ";", "a", "가", "1", "-5", "👩‍💻", "\u200F", "\u202E", "مرحبا", "\uFEFF", "|", "\\");
    return pieces.list().ofMinSize(1).ofMaxSize(10).map(p -> String.join("", p));
  }

  @Property(tries = 400)
  void textComesBackAsWrittenOrNeutralised(@ForAll("cells") String text) throws Exception {
    Summit summit = summitWithClaim(text);
    assertThat(read(CsvExporter.builder().neutraliseFormulas(false).build().write(summit, CsvTable.CLAIMS)))
        .isEqualTo(text);
    assertThat(read(CsvExporter.create().write(summit, CsvTable.CLAIMS)))
        .isEqualTo(FormulaGuard.neutralise(text))
        .satisfies(cell -> assertThat(FormulaGuard.isDangerous(cell)).isFalse());
  }

  private static Summit summitWithClaim(String text) {
    return ImmutableSummit.builder()
        .addSessions(ImmutableSession.builder().id("s1").title("t").kind(SessionKind.OTHER)
            .addContent(ImmutableClaim.builder().id("c1").text(text).kind(ClaimKind.AUTHOR).sectionPath("")
                .source(SampleSummit.at(1, 1)).build())
            .source(SampleSummit.at(1, 1)).build())
        .build();
  }

  /** The text column of the one data row. */
  private static String read(String csv) throws Exception {
    try (MappingIterator<List<String>> it = READER.readerForListOf(String.class).with(CsvSchema.emptySchema())
        .readValues(csv)) {
      List<String> header = it.next();
      List<String> row = it.next();
      assertThat(it.hasNext()).isFalse();
      return row.get(header.indexOf("text"));
    }
  }
}
