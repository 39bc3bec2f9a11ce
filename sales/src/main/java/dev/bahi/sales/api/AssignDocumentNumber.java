package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes the next number of a shop's series for a financial year, for one document; answers the number. */
public record AssignDocumentNumber(@TargetAggregateIdentifier String seriesId, String tenantId, DocumentSeries series,
                                   String financialYear, String prefix, String documentId) implements TenantScoped {
    /** One series aggregate per shop, series and financial year. */
    public static String seriesIdOf(String tenantId, DocumentSeries series, String financialYear) {
        return "document-series:" + tenantId + ":" + series + ":" + financialYear;
    }
}
