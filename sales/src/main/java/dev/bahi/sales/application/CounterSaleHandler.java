package dev.bahi.sales.application;

import dev.bahi.inventory.api.IssueStockForSale;
import dev.bahi.inventory.api.ReverseStockForSale;
import dev.bahi.inventory.api.SaleLine;
import dev.bahi.inventory.api.RecordStockMovement;
import dev.bahi.inventory.api.StockMovementKind;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.sales.api.CancelSale;
import dev.bahi.sales.api.CancelledSale;
import dev.bahi.sales.api.ChargeCreditSale;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.CreditReturn;
import dev.bahi.sales.api.PricedLine;
import dev.bahi.sales.api.ReturnSaleLines;
import dev.bahi.sales.api.ReverseCreditSale;
import dev.bahi.sales.api.TaxedLine;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Keeps a sale, its stock and its udhaar together. On the local command bus the inventory and sale commands run inside this
 * command's unit of work, so their events are stored together or not at all; where they commit on their own (a
 * split deployment), a sale that fails to record gives its stock back before the failure is reported.
 */
public class CounterSaleHandler {
    private final CommandGateway commands;

    public CounterSaleHandler(CommandGateway commands) {
        this.commands = commands;
    }

    @CommandHandler
    public Object handle(RecordCounterSale command) {
        var sale = command.sale();
        List<SaleLine> lines = sale.lines().stream().map(CounterSaleHandler::stockLine).toList();
        commands.sendAndWait(new IssueStockForSale(sale.tenantId(), sale.saleId(), lines));
        try {
            Object recorded = commands.sendAndWait(sale);
            if (command.due() > 0) {
                commands.sendAndWait(new ChargeCreditSale(sale.buyer().customerId(), sale.tenantId(), sale.saleId(),
                        command.due(), command.overriddenBy(), command.businessDate()));
            }
            return recorded;
        } catch (RuntimeException e) {
            try {
                commands.sendAndWait(new ReverseStockForSale(sale.tenantId(), sale.saleId(), lines));
            } catch (RuntimeException reversal) {
                e.addSuppressed(reversal);
            }
            throw e;
        }
    }

    /**
     * The sale, its stock, then its udhaar: a sale that put something on a khata is credited back there (the khata
     * knows what it charged for the sale, and ignores a sale it never charged or already credited back).
     */
    @CommandHandler
    public void handle(CancelCounterSale command) {
        CancelSale cancel = command.cancel();
        CancelledSale cancelled = commands.sendAndWait(cancel);
        List<SaleLine> lines = cancelled.lines().stream().map(l -> new SaleLine(l.itemId(), l.quantity(), null)).toList();
        commands.sendAndWait(new ReverseStockForSale(cancel.tenantId(), cancel.saleId(), lines));
        if (cancelled.customerId() != null) {
            commands.sendAndWait(new ReverseCreditSale(cancelled.customerId(), cancel.tenantId(), cancel.saleId(),
                    cancel.reason(), command.businessDate()));
        }
    }

    /**
     * The credit note, then the stock: restocked goods come back as sale returns; damaged or expired ones come
     * back and are written off at once, so the item's history says what happened to them.
     */
    @CommandHandler
    public CreditNote handle(ReturnCounterSale command) {
        ReturnSaleLines returns = command.returns();
        CreditNote note = commands.sendAndWait(returns);
        if (note.udhaarCredit() > 0) {
            commands.sendAndWait(new CreditReturn(note.customerId(), returns.tenantId(), returns.saleId(),
                    note.returnId(), note.creditNoteNumber(), note.udhaarCredit(), note.creditNoteDate()));
        }
        for (TaxedLine part : note.lines()) {
            String reference = "credit note " + note.creditNoteNumber();
            commands.sendAndWait(new RecordStockMovement(part.itemId(), returns.tenantId(), Ids.newId(),
                    StockMovementKind.SALE_RETURN, part.quantity(), null, null, null, reference, null));
            if (!note.restocked()) {
                commands.sendAndWait(new RecordStockMovement(part.itemId(), returns.tenantId(), Ids.newId(),
                        StockMovementKind.WRITE_OFF, part.quantity(), null, null, null, reference,
                        "returned " + note.reason().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return note;
    }

    private static SaleLine stockLine(PricedLine line) {
        return new SaleLine(line.itemId(), line.quantity(), null);
    }

}
