package dev.bahi.sales.config;

import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import dev.bahi.sales.adapter.in.demo.SalesDemoData;
import dev.bahi.sales.adapter.in.web.SalesWebMapper;
import dev.bahi.sales.adapter.out.persistence.MongoSaleReadModel;
import dev.bahi.sales.application.CounterSaleHandler;
import dev.bahi.sales.application.SaleProjection;
import dev.bahi.sales.application.SaleQueryHandler;
import dev.bahi.sales.application.SaleQueryService;
import dev.bahi.sales.application.SaleService;
import dev.bahi.sales.application.port.in.ManageCustomersUseCase;
import dev.bahi.sales.application.InvoiceService;
import dev.bahi.sales.application.InvoicePdfQueryHandler;
import dev.bahi.sales.application.SeriesDocumentNumbers;
import dev.bahi.sales.application.ShopDirectory;
import dev.bahi.sales.adapter.out.pdf.JasperInvoiceRenderer;
import dev.bahi.sales.adapter.out.persistence.GridFsDocumentFiles;
import dev.bahi.sales.adapter.out.qr.ZxingQrCodes;
import dev.bahi.platform.runtime.web.SignedLinks;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.mapstruct.factory.Mappers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the sales context. The {@code Sale} aggregate is found by Axon through its {@code @Aggregate}
 * stereotype and the controllers by component scanning; everything else is declared here.
 */
@Configuration(proxyBeanMethods = false)
public class SalesConfiguration {
    static final String CONTEXT = "sales";

    @Bean
    MongoSaleReadModel saleReadModel(ContextDatabases databases) {
        return new MongoSaleReadModel(databases.of(CONTEXT));
    }

    @Bean
    SaleProjection saleProjection(MongoSaleReadModel sales) {
        return new SaleProjection(sales);
    }

    @Bean
    SaleQueryHandler saleQueryHandler(MongoSaleReadModel sales) {
        return new SaleQueryHandler(sales);
    }

    @Bean
    InvoicePdfQueryHandler invoicePdfQueryHandler(MongoSaleReadModel sales, InvoiceService invoices) {
        return new InvoicePdfQueryHandler(sales, invoices);
    }

    @Bean
    SaleQueryService saleQueryService(QueryGateway queries) {
        return new SaleQueryService(queries, ReadYourWrites.DEFAULT_WAIT);
    }

    @Bean
    CounterSaleHandler counterSaleHandler(CommandGateway commands) {
        return new CounterSaleHandler(commands);
    }

    @Bean
    ShopDirectory shopDirectory(QueryGateway queries) {
        return new ShopDirectory(queries);
    }

    @Bean
    SaleService saleService(CommandGateway commands, QueryGateway queries, SaleQueryService sales, ShopDirectory shops,
                            Clock clock) {
        return new SaleService(commands, queries, sales, shops, clock);
    }

    /** Resolved by Axon as a parameter of the sale's invoice and return handlers. */
    @Bean
    SeriesDocumentNumbers documentNumbers(CommandGateway commands) {
        return new SeriesDocumentNumbers(commands);
    }

    @Bean
    JasperInvoiceRenderer invoicePdfRenderer() {
        return new JasperInvoiceRenderer();
    }

    /**
     * Once the platform serves, compiles the invoice templates on a background thread, so that the first invoice a
     * shop prints after a start does not wait seconds for it ({@code bahi.invoices.prepare-templates=false} leaves
     * it to the first print).
     */
    @Bean
    @ConditionalOnProperty(name = "bahi.invoices.prepare-templates", havingValue = "true", matchIfMissing = true)
    ApplicationListener<ApplicationReadyEvent> invoiceTemplatesPreparation(JasperInvoiceRenderer renderer) {
        return event -> {
            Thread thread = new Thread(renderer::prepare, "invoice-templates");
            thread.setDaemon(true);
            thread.start();
        };
    }

    @Bean
    GridFsDocumentFiles documentFiles(ContextDatabases databases) {
        return new GridFsDocumentFiles(databases.of(CONTEXT));
    }

    @Bean
    ZxingQrCodes qrCodes() {
        return new ZxingQrCodes();
    }

    @Bean
    InvoiceService invoiceService(CommandGateway commands, SaleQueryService sales, ShopDirectory shops,
                                  JasperInvoiceRenderer renderer, GridFsDocumentFiles files, ZxingQrCodes qrCodes,
                                  SignedLinks links, Clock clock) {
        return new InvoiceService(commands, sales, shops, renderer, files, qrCodes, links, clock);
    }

    @Bean
    SalesDemoData salesDemoData(QueryGateway queries, SaleService recording, InvoiceService invoices,
                                SaleQueryService sales, ManageCustomersUseCase customers) {
        return new SalesDemoData(queries, recording, invoices, sales, customers);
    }

    @Bean
    SalesWebMapper salesWebMapper() {
        return Mappers.getMapper(SalesWebMapper.class);
    }
}
