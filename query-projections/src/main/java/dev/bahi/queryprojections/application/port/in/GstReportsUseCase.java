package dev.bahi.queryprojections.application.port.in;

import dev.bahi.queryprojections.domain.GstDocumentFact;
import dev.bahi.queryprojections.domain.Gstr1;
import dev.bahi.queryprojections.domain.Gstr3b;
import dev.bahi.queryprojections.domain.HsnSummary;
import dev.bahi.queryprojections.domain.SalesRegisterPage;
import java.time.LocalDate;
import java.util.List;

/** The shop's GST returns and registers, from the GST register projection. */
public interface GstReportsUseCase {
    /** GSTR-1 of {@code period} (MMYYYY); only a regular dealer files one. */
    Gstr1 gstr1(String tenantId, String period);

    /** GSTR-3B Table 3.1 of {@code period} (MMYYYY); only a regular dealer files one. */
    Gstr3b gstr3b(String tenantId, String period);

    HsnSummary hsnSummary(String tenantId, LocalDate from, LocalDate to);

    SalesRegisterPage salesRegister(String tenantId, LocalDate from, LocalDate to, Integer limit, String cursor);

    /** The whole range, for a CSV download. */
    List<GstDocumentFact> salesRegisterAll(String tenantId, LocalDate from, LocalDate to);
}
