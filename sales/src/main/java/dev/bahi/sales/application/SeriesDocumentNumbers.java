package dev.bahi.sales.application;

import dev.bahi.sales.api.AssignDocumentNumber;
import dev.bahi.sales.api.DocumentSeries;
import dev.bahi.sales.domain.DocumentNumbers;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Takes numbers from the series aggregates. Called from a sale's command handler, the number command runs in
 * that command's unit of work: the number and the document are stored together, or neither is.
 */
public final class SeriesDocumentNumbers implements DocumentNumbers {
    private final CommandGateway commands;

    public SeriesDocumentNumbers(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public String next(String tenantId, DocumentSeries series, String financialYear, String prefix, String documentId) {
        return commands.sendAndWait(new AssignDocumentNumber(AssignDocumentNumber.seriesIdOf(tenantId, series,
                financialYear), tenantId, series, financialYear, prefix, documentId));
    }
}
