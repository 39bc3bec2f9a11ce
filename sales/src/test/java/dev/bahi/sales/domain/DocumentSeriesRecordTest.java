package dev.bahi.sales.domain;

import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.violation;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.withCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.sales.api.AssignDocumentNumber;
import dev.bahi.sales.api.DocumentNumberAssigned;
import dev.bahi.sales.api.DocumentSeries;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A shop's consecutive document numbers per series and financial year, within Rule 46(b)'s 16 characters. */
class DocumentSeriesRecordTest {
    static final String TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String FY = "2025-26";
    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final Instant EARLIER = Instant.parse("2025-04-01T04:30:00Z");
    /** Facts §5: the serial number of an invoice or credit note. */
    static final Pattern SERIAL = Pattern.compile("^[A-Za-z0-9/-]{1,16}$");

    private FixtureConfiguration<DocumentSeriesRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DocumentSeriesRecord.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static String seriesId(DocumentSeries series, String financialYear) {
        return AssignDocumentNumber.seriesIdOf(TENANT, series, financialYear);
    }

    static AssignDocumentNumber assign(DocumentSeries series, String prefix, String documentId) {
        return new AssignDocumentNumber(seriesId(series, FY), TENANT, series, FY, prefix, documentId);
    }

    static DocumentNumberAssigned assigned(DocumentSeries series, long sequence, String number, String documentId,
                                           Instant at) {
        return new DocumentNumberAssigned(TENANT, seriesId(series, FY), series, FY, sequence, number, documentId, at);
    }

    @Test
    void the_first_number_of_a_new_series_is_one_with_the_financial_year() {
        fixture.givenNoPriorActivity()
                .when(assign(DocumentSeries.INVOICE, "INV", "sale-1"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload("INV/25-26/000001")
                .expectEvents(assigned(DocumentSeries.INVOICE, 1, "INV/25-26/000001", "sale-1", NOW));
    }

    @Test
    void numbers_follow_on_from_those_already_assigned() {
        fixture.given(assigned(DocumentSeries.INVOICE, 1, "INV/25-26/000001", "sale-1", EARLIER),
                        assigned(DocumentSeries.INVOICE, 2, "INV/25-26/000002", "sale-2", EARLIER),
                        assigned(DocumentSeries.INVOICE, 3, "INV/25-26/000003", "sale-3", EARLIER))
                .when(assign(DocumentSeries.INVOICE, "INV", "sale-4"))
                .expectResultMessagePayload("INV/25-26/000004")
                .expectEvents(assigned(DocumentSeries.INVOICE, 4, "INV/25-26/000004", "sale-4", NOW));
    }

    @Test
    void numbers_handed_out_one_after_another_are_consecutive_and_unique() {
        List<DocumentNumberAssigned> history = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (int n = 1; n <= 12; n++) {
            String expected = String.format("INV/25-26/%06d", n);
            fixture.given(history.toArray())
                    .when(assign(DocumentSeries.INVOICE, "INV", "sale-" + n))
                    .expectResultMessagePayload(expected)
                    .expectEvents(assigned(DocumentSeries.INVOICE, n, expected, "sale-" + n, NOW));
            history.add(assigned(DocumentSeries.INVOICE, n, expected, "sale-" + n, NOW));
            assertThat(numbers.add(expected)).isTrue();
        }
        assertThat(numbers).hasSize(12);
    }

    @Test
    void the_credit_note_series_pads_its_numbers_to_sixteen_characters() {
        fixture.givenNoPriorActivity()
                .when(assign(DocumentSeries.CREDIT_NOTE, "CN", "return-1"))
                .expectResultMessagePayload("CN/25-26/0000001")
                .expectEvents(assigned(DocumentSeries.CREDIT_NOTE, 1, "CN/25-26/0000001", "return-1", NOW));
        assertThat("CN/25-26/0000001").hasSize(16);
        assertThat("INV/25-26/000001").hasSize(16);
    }

    @Test
    void a_prefix_too_long_for_the_year_drops_the_year_to_stay_within_sixteen_characters() {
        fixture.givenNoPriorActivity()
                .when(assign(DocumentSeries.INVOICE, "SHARMAKIR", "sale-1"))
                .expectResultMessagePayload("SHARMAKIR/000001")
                .expectEvents(assigned(DocumentSeries.INVOICE, 1, "SHARMAKIR/000001", "sale-1", NOW));

        assertThat(DocumentSeriesRecord.format("SHARM", FY, 7)).as("a year with four digits left is kept")
                .isEqualTo("SHARM/25-26/0007");
        assertThat(DocumentSeriesRecord.format("SHARMA", FY, 7)).as("three digits would be too few")
                .isEqualTo("SHARMA/000000007");
        assertThat(DocumentSeriesRecord.format("SKS-GEN-01", FY, 123)).isEqualTo("SKS-GEN-01/00123");
    }

    @Test
    void the_financial_year_is_printed_in_its_short_form() {
        assertThat(DocumentSeriesRecord.format("INV", "2026-27", 1)).isEqualTo("INV/26-27/000001");
        assertThat(DocumentSeriesRecord.format("INV", "2099-00", 42)).isEqualTo("INV/99-00/000042");
    }

    @Test
    void every_number_is_a_valid_serial_of_at_most_sixteen_characters() {
        // Every prefix the shop profile allows (^[A-Z0-9/-]{1,10}$ up to its length), across each series' range.
        String alphabet = "SHARMA-KIR";
        for (int length = 1; length <= 10; length++) {
            String prefix = alphabet.substring(0, length);
            for (String financialYear : List.of("2025-26", "2026-27", "2099-00")) {
                for (long sequence : List.of(1L, 2L, 9L, 10L, 99L, 1000L, 9999L)) {
                    String number = DocumentSeriesRecord.format(prefix, financialYear, sequence);
                    assertThat(number).as(prefix + " " + financialYear + " #" + sequence).matches(SERIAL)
                            .hasSize(16).startsWith(prefix.replaceAll("[/-]+$", "") + "/").endsWith(String.valueOf(sequence));
                    assertThat(Long.parseLong(number.substring(number.lastIndexOf('/') + 1))).isEqualTo(sequence);
                }
            }
        }
        assertThat(DocumentSeriesRecord.format("CN", FY, 9_999_999L)).isEqualTo("CN/25-26/9999999").matches(SERIAL);
        assertThat(DocumentSeriesRecord.format("INV", FY, 999_999L)).isEqualTo("INV/25-26/999999").matches(SERIAL);
    }

    @Test
    void a_number_that_no_longer_fits_is_refused_rather_than_cut() {
        assertThatThrownBy(() -> DocumentSeriesRecord.format("INV", FY, 1_000_000L))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("SERIES_EXHAUSTED"));
        fixture.given(assigned(DocumentSeries.INVOICE, 999_999, "INV/25-26/999999", "sale-999999", EARLIER))
                .when(assign(DocumentSeries.INVOICE, "INV", "sale-1000000"))
                .expectException(violation("SERIES_EXHAUSTED", null))
                .expectNoEvents();
    }

    @Test
    void a_series_of_another_shop_year_or_kind_is_not_found() {
        // Each case on a fresh fixture: the fixture keeps to the aggregate identifier of its first command.
        List<AssignDocumentNumber> strangers = List.of(
                new AssignDocumentNumber(AssignDocumentNumber.seriesIdOf(TENANT, DocumentSeries.INVOICE, "2024-25"),
                        TENANT, DocumentSeries.INVOICE, FY, "INV", "sale-1"),
                new AssignDocumentNumber(seriesId(DocumentSeries.INVOICE, FY), OTHER_TENANT, DocumentSeries.INVOICE,
                        FY, "INV", "sale-1"),
                new AssignDocumentNumber(seriesId(DocumentSeries.INVOICE, FY), TENANT, DocumentSeries.CREDIT_NOTE, FY,
                        "CN", "return-1"),
                new AssignDocumentNumber("document-series:" + TENANT, TENANT, DocumentSeries.INVOICE, FY, "INV",
                        "sale-1"));
        for (AssignDocumentNumber command : strangers) {
            FixtureConfiguration<DocumentSeriesRecord> fresh = new AggregateTestFixture<>(DocumentSeriesRecord.class);
            fresh.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
            fresh.givenNoPriorActivity()
                    .when(command)
                    .expectException(withCode(NotFound.class, "SERIES_NOT_FOUND"))
                    .expectNoEvents();
        }
        fixture.given(assigned(DocumentSeries.INVOICE, 1, "INV/25-26/000001", "sale-1", EARLIER))
                .when(new AssignDocumentNumber(seriesId(DocumentSeries.INVOICE, FY), OTHER_TENANT,
                        DocumentSeries.INVOICE, FY, "INV", "sale-2"))
                .expectException(withCode(NotFound.class, "SERIES_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void a_prefix_ending_in_a_slash_gives_no_double_slash() {
        assertThat(DocumentSeriesRecord.format("SKS/", FY, 1)).doesNotContain("//").matches(SERIAL);
    }
}
