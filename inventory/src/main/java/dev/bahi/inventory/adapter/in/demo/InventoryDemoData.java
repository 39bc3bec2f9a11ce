package dev.bahi.inventory.adapter.in.demo;

import dev.bahi.inventory.adapter.in.web.CatalogueCsv;
import dev.bahi.inventory.application.port.in.ImportReport;
import dev.bahi.inventory.application.port.in.ManageCatalogueUseCase;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.platform.runtime.demo.DemoData;
import dev.bahi.tenant.api.FindTenantsNamed;
import dev.bahi.tenant.api.TenantPage;
import dev.bahi.tenant.api.TenantView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * A kirana catalogue (48 items across 0, 5, 18 and 40% GST, loose and packed) for the demo grocery and a
 * small one for the demo pharmacy, with opening stock. Imported like any shop's CSV, so it runs again on
 * every start without creating anything twice.
 */
public final class InventoryDemoData implements DemoData {
    static final Map<String, String> CATALOGUES = Map.of(
            "Sharma Kirana Store", "/dev/bahi/inventory/demo/kirana-catalogue.csv",
            "Patil Medical and General", "/dev/bahi/inventory/demo/pharmacy-catalogue.csv");
    static final Duration SHOP_WAIT = Duration.ofSeconds(10);

    private final QueryGateway queries;
    private final ManageCatalogueUseCase catalogue;

    public InventoryDemoData(QueryGateway queries, ManageCatalogueUseCase catalogue) {
        this.queries = queries;
        this.catalogue = catalogue;
    }

    /** After the demo shops exist. */
    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<String> create() {
        List<String> lines = new ArrayList<>();
        CATALOGUES.forEach((shop, resource) -> ReadYourWrites.await(() -> shopNamed(shop), SHOP_WAIT).ifPresent(t -> {
            ImportReport report = catalogue.importItems(t.tenantId(), CatalogueCsv.read(read(resource)));
            lines.add(shop + ": " + report.rows().size() + " catalogue items (" + report.created() + " new)");
        }));
        return lines;
    }

    private Optional<TenantView> shopNamed(String name) {
        return FindTenantsNamed.first(queries.query(new FindTenantsNamed(name), ResponseTypes.instanceOf(TenantPage.class))
                .join());
    }

    private static byte[] read(String resource) {
        try (InputStream in = InventoryDemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo catalogue " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
