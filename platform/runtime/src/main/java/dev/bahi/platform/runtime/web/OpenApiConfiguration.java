package dev.bahi.platform.runtime.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI 3 for every endpoint at {@code /v3/api-docs}, with the bearer scheme most routes need. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {
    public static final String BEARER = "bearer";

    @Bean
    OpenAPI bahiOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Bahi API").version("v1")
                        .description("Multi-tenant retail management for Indian shops. Money is a decimal string "
                                + "in rupees (\"1180.00\"); errors are RFC 9457 problem details with a `code`."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
