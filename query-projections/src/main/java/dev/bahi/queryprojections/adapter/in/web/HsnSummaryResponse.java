package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.platform.kernel.Money;
import dev.bahi.queryprojections.domain.HsnSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The HSN summary of a range: per HSN/SAC, unit and rate, net of credit notes; money in rupees as text. */
@Schema(name = "HsnSummary")
public record HsnSummaryResponse(@Schema(example = "2026-11-01") String from, @Schema(example = "2026-11-30") String to,
                                 List<Row> rows) {

    /** One HSN, unit and rate. */
    public record Row(@Schema(example = "1101") String hsn, @Schema(example = "Aashirvaad Atta 5 kg") String description,
                      @Schema(example = "PCS") String uqc, @Schema(example = "5") String rate,
                      @Schema(example = "12") String quantity, @Schema(example = "3257.16") String taxableValue,
                      String igst, String cgst, String sgst, String cess) {
    }

    static HsnSummaryResponse of(LocalDate from, LocalDate to, HsnSummary summary) {
        return new HsnSummaryResponse(from.toString(), to.toString(), summary.rows().stream().map(r -> new Row(r.hsn(),
                r.description(), r.uqc(), r.rate().toPlainString(), r.quantity().stripTrailingZeros().toPlainString(),
                Money.format(r.taxable()), Money.format(r.igst()), Money.format(r.cgst()), Money.format(r.sgst()),
                Money.format(r.cess()))).toList());
    }
}
