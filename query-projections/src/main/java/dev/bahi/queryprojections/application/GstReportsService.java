package dev.bahi.queryprojections.application;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.runtime.axon.ProjectionStatus;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.platform.runtime.mongo.CursorPage;
import dev.bahi.queryprojections.application.port.in.GstReportsUseCase;
import dev.bahi.queryprojections.application.port.out.GstRegisterReadModel;
import dev.bahi.queryprojections.domain.GstDocumentFact;
import dev.bahi.queryprojections.domain.Gstr1;
import dev.bahi.queryprojections.domain.Gstr1Builder;
import dev.bahi.queryprojections.domain.Gstr3b;
import dev.bahi.queryprojections.domain.GstShopFact;
import dev.bahi.queryprojections.domain.HsnSummary;
import dev.bahi.queryprojections.domain.SalesRegisterPage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the period or range, refuses returns to shops that file none, and builds the reports from the GST register.
 * Nothing is answered while the register is being rebuilt (503 PROJECTION_REBUILDING), so no report is ever partial.
 */
public final class GstReportsService implements GstReportsUseCase {
    static final Pattern PERIOD = Pattern.compile("^(0[1-9]|1[0-2])\\d{4}$");
    /** A register or HSN summary covers at most a year (a leap year's 366 days). */
    public static final int MAX_DAYS = 366;

    private final GstRegisterReadModel register;
    private final ProjectionStatus status;
    private final Clock clock;

    public GstReportsService(GstRegisterReadModel register, ProjectionStatus status, Clock clock) {
        this.register = register;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public Gstr1 gstr1(String tenantId, String period) {
        GstShopFact shop = regularShop(tenantId);
        YearMonth month = period(shop, period);
        return Gstr1Builder.gstr1(shop.gstin(), month, documents(tenantId, month));
    }

    @Override
    public Gstr3b gstr3b(String tenantId, String period) {
        GstShopFact shop = regularShop(tenantId);
        YearMonth month = period(shop, period);
        return Gstr1Builder.gstr3b(shop.gstin(), month, documents(tenantId, month));
    }

    @Override
    public HsnSummary hsnSummary(String tenantId, LocalDate from, LocalDate to) {
        checkRange(from, to);
        status.requireCurrent(GstRegisterProjection.PROCESSING_GROUP);
        return HsnSummary.of(register.documents(tenantId, from, to));
    }

    @Override
    public SalesRegisterPage salesRegister(String tenantId, LocalDate from, LocalDate to, Integer limit,
                                           String cursor) {
        checkRange(from, to);
        int size = CursorPage.limit(limit);
        status.requireCurrent(GstRegisterProjection.PROCESSING_GROUP);
        return register.page(tenantId, from, to, size, cursor);
    }

    @Override
    public List<GstDocumentFact> salesRegisterAll(String tenantId, LocalDate from, LocalDate to) {
        checkRange(from, to);
        status.requireCurrent(GstRegisterProjection.PROCESSING_GROUP);
        return register.documents(tenantId, from, to);
    }

    private List<GstDocumentFact> documents(String tenantId, YearMonth month) {
        status.requireCurrent(GstRegisterProjection.PROCESSING_GROUP);
        return register.documents(tenantId, month.atDay(1), month.atEndOfMonth());
    }

    /** A composition dealer files CMP-08 and GSTR-4, an unregistered shop nothing: neither files GSTR-1 or GSTR-3B. */
    private GstShopFact regularShop(String tenantId) {
        GstShopFact shop = shop(tenantId);
        if (!shop.regular()) {
            throw new StateConflict("NOT_A_REGULAR_DEALER", "GSTR-1 and GSTR-3B are filed by regular dealers only; "
                    + ("COMPOSITION".equals(shop.registration())
                    ? "a composition dealer files CMP-08 quarterly and GSTR-4 yearly"
                    : "an unregistered shop files no GST returns"));
        }
        return shop;
    }

    /** A valid token proves the shop exists, so a miss can only be this projection's lag: wait for it. */
    private GstShopFact shop(String tenantId) {
        status.requireCurrent(GstRegisterProjection.PROCESSING_GROUP);
        return ReadYourWrites.await(() -> register.shop(tenantId), ReadYourWrites.DEFAULT_WAIT)
                .orElseThrow(() -> new NotFound("TENANT_NOT_FOUND", "shop " + tenantId + " not found"));
    }

    /** MMYYYY, not after the shop's current month. */
    private YearMonth period(GstShopFact shop, String raw) {
        String period = raw == null ? "" : raw.trim();
        if (!PERIOD.matcher(period).matches()) {
            throw new RuleViolation("PERIOD_INVALID", "period", "period is a month as MMYYYY, such as 112026");
        }
        YearMonth month = YearMonth.of(Integer.parseInt(period.substring(2)), Integer.parseInt(period.substring(0, 2)));
        ZoneId zone = ZoneId.of(shop.zone() == null ? "Asia/Kolkata" : shop.zone());
        if (month.isAfter(YearMonth.from(LocalDate.now(clock.withZone(zone))))) {
            throw new RuleViolation("PERIOD_INVALID", "period", "period " + period + " has not begun yet");
        }
        return month;
    }

    /** Both dates, from on or before to, at most {@link #MAX_DAYS} days. */
    static void checkRange(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new RuleViolation("DATE_REQUIRED", "from", "a range needs from and to");
        }
        if (to == null) {
            throw new RuleViolation("DATE_REQUIRED", "to", "a range needs from and to");
        }
        if (from.isAfter(to)) {
            throw new RuleViolation("DATE_RANGE_INVALID", "from", "from is on or before to");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new RuleViolation("RANGE_TOO_LONG", "from", "a range is at most " + MAX_DAYS + " days");
        }
    }
}
