package dev.bahi.inventory.application;

import dev.bahi.inventory.api.IssueStockForSale;
import dev.bahi.inventory.api.RecordStockMovement;
import dev.bahi.inventory.api.ReverseStockForSale;
import dev.bahi.inventory.api.SaleLine;
import dev.bahi.inventory.api.StockIssue;
import dev.bahi.inventory.api.StockMovementKind;
import dev.bahi.inventory.api.StockMovementView;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.RuleViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Issues a sale's stock line by line, all or none. Lines are issued in item-id order, so that two sales of the
 * same items never wait on each other's locks in opposite orders. On a local command bus the item commands run
 * inside this command's unit of work and a refusal rolls every line back; where item commands commit on their
 * own (a distributed bus), the lines already issued are given back explicitly before the refusal is reported.
 */
public class SaleStockIssuer {
    static final int MAX_LINES = 500;

    private final CommandGateway commands;

    public SaleStockIssuer(CommandGateway commands) {
        this.commands = commands;
    }

    @CommandHandler
    public StockIssue handle(IssueStockForSale command) {
        List<SaleLine> lines = check(command.saleId(), command.lines());
        List<Integer> order = IntStream.range(0, lines.size()).boxed()
                .sorted(Comparator.comparing(i -> lines.get(i).itemId())).toList();
        StockMovementView[] issued = new StockMovementView[lines.size()];
        List<Integer> done = new ArrayList<>();
        for (int index : order) {
            SaleLine line = lines.get(index);
            try {
                issued[index] = Commands.toItem(line.itemId(), () -> commands.sendAndWait(movement(command.tenantId(),
                        command.saleId(), line, StockMovementKind.SALE)));
                done.add(index);
            } catch (RuntimeException refused) {
                giveBack(command.tenantId(), command.saleId(), lines, done, refused);
                throw refused instanceof RuleViolation v ? v.under("lines[" + index + "]") : refused;
            }
        }
        return new StockIssue(command.saleId(), List.of(issued));
    }

    @CommandHandler
    public StockIssue handle(ReverseStockForSale command) {
        List<SaleLine> lines = check(command.saleId(), command.lines());
        List<StockMovementView> movements = new ArrayList<>();
        for (SaleLine line : lines) {
            movements.add(Commands.toItem(line.itemId(), () -> commands.sendAndWait(
                    movement(command.tenantId(), command.saleId(), line, StockMovementKind.SALE_REVERSED))));
        }
        return new StockIssue(command.saleId(), movements);
    }

    private void giveBack(String tenantId, String saleId, List<SaleLine> lines, List<Integer> done,
                          RuntimeException refused) {
        for (int index : done) {
            try {
                commands.sendAndWait(movement(tenantId, saleId, lines.get(index), StockMovementKind.SALE_REVERSED));
            } catch (RuntimeException e) {
                refused.addSuppressed(e);
            }
        }
    }

    private static RecordStockMovement movement(String tenantId, String saleId, SaleLine line, StockMovementKind kind) {
        return new RecordStockMovement(line.itemId(), tenantId, Ids.newId(), kind, line.quantity(), line.unit(), null,
                null, "sale " + saleId, null);
    }

    private static List<SaleLine> check(String saleId, List<SaleLine> lines) {
        if (saleId == null || saleId.isBlank()) {
            throw new RuleViolation("SALE_ID_REQUIRED", "saleId", "stock is issued for a sale");
        }
        if (lines == null || lines.isEmpty()) {
            throw new RuleViolation("LINES_REQUIRED", "lines", "a sale has at least one line");
        }
        if (lines.size() > MAX_LINES) {
            throw new RuleViolation("TOO_MANY_LINES", "lines", "a sale has at most " + MAX_LINES + " lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null || lines.get(i).itemId() == null) {
                throw new RuleViolation("ITEM_REQUIRED", "lines[" + i + "].itemId", "each line names an item");
            }
        }
        return lines;
    }
}
