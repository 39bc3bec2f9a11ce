package dev.bahi.sales.config;

import dev.bahi.sales.adapter.out.pdf.JasperStatementRenderer;
import dev.bahi.sales.application.ShopDirectory;
import dev.bahi.sales.application.StatementService;
import dev.bahi.sales.application.port.in.FindCustomersUseCase;
import dev.bahi.sales.application.port.out.QrCodes;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of khata statements: the customer reads and shop directory come from the customer and sales wiring, the QR
 * codes from the sales wiring, the clock from the runtime.
 */
@Configuration(proxyBeanMethods = false)
public class StatementConfiguration {

    @Bean
    JasperStatementRenderer statementPdfRenderer() {
        return new JasperStatementRenderer();
    }

    @Bean
    StatementService statementService(FindCustomersUseCase customers, ShopDirectory shops,
                                      JasperStatementRenderer renderer, QrCodes qrCodes, Clock clock) {
        return new StatementService(customers, shops, renderer, qrCodes, clock);
    }
}
