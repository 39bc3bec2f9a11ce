package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.queryprojections.api.DailySummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The summaries of a range of business dates, one per day in date order, days without activity included. */
@Schema(description = "One summary per business date of the range")
public record DailySummaryRangeResponse(@Schema(example = "2026-11-01") String from,
                                        @Schema(example = "2026-11-30") String to,
                                        List<DailySummaryResponse> days) {
    static DailySummaryRangeResponse of(String from, String to, List<DailySummary> days) {
        return new DailySummaryRangeResponse(from, to, days.stream().map(DailySummaryResponse::of).toList());
    }
}
