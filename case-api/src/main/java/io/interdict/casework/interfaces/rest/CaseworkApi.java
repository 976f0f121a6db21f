package io.interdict.casework.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The REST API under {@code /api}. Resources are listed explicitly rather than discovered: other
 * libraries in the WAR (the workflow engine) carry JAX-RS classes of their own that must not be
 * published here, and an explicit list keeps the OpenAPI document to what we mean to offer.
 */
@ApplicationPath("/api")
public class CaseworkApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(CallerResource.class, ScreeningResource.class, BatchScreeningResource.class, CaseResource.class, AttachmentResource.class,
                AuditResource.class, NotificationResource.class, ReportResource.class, BlockedPropertyResource.class,
                ListVersionResource.class, RescreeningResource.class, OwnershipResource.class,
                TradeScreeningResource.class, PaymentScreeningResource.class,
                SharedJsonb.class, WellFormedJsonBodies.class, ProblemMapper.class);
    }
}
