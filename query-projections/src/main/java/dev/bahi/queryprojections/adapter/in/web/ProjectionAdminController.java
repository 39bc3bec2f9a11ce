package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.queryprojections.application.port.in.ProjectionAdminUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For the platform operator: the event processors' state, and rebuilding a projection from the event store. */
@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = "Platform administration", description = "Event processors and projection rebuilds (platform admin)")
public class ProjectionAdminController {
    private static final String PLATFORM_ADMIN = "hasRole('PLATFORM_ADMIN')";

    private final ProjectionAdminUseCase projections;

    public ProjectionAdminController(ProjectionAdminUseCase projections) {
        this.projections = projections;
    }

    @GetMapping
    @PreAuthorize(PLATFORM_ADMIN)
    @Operation(summary = "Event processors", description = "Platform admin only. Every event processor: kind "
            + "(TRACKING, POOLED, SUBSCRIBING), running, replaying, error, each segment's position (events passed) "
            + "against the head of the event store and the lag, rebuild progress in percent while replaying, and "
            + "whether it can be rebuilt (subscribing processors and those whose handlers refuse replays cannot).")
    @ApiResponse(responseCode = "200", description = "every processor, by name")
    @ApiResponse(responseCode = "403", description = "not the platform admin (code FORBIDDEN)")
    public ProjectionAdminResponse processors() {
        return ProjectionAdminResponse.of(projections.overview());
    }

    @PostMapping("/{name}/rebuild")
    @PreAuthorize(PLATFORM_ADMIN)
    @Operation(summary = "Rebuild a projection", description = "Platform admin only. Shuts the tracking processor "
            + "down, resets its tokens to the start of the event store (its read model is cleared) and starts it "
            + "again, in the background: the rest of the platform keeps serving, and reports built on it answer 503 "
            + "PROJECTION_REBUILDING until the replay has caught up. Follow progress with GET /admin/projections.")
    @ApiResponse(responseCode = "202", description = "the rebuild is starting; the processor's status")
    @ApiResponse(responseCode = "403", description = "not the platform admin (code FORBIDDEN)")
    @ApiResponse(responseCode = "404", description = "no such processor (code PROJECTION_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "PROJECTION_NOT_REBUILDABLE (subscribing, or its handlers refuse "
            + "replays, e.g. notifications.triggers) or PROJECTION_ALREADY_REBUILDING")
    public ResponseEntity<ProjectionAdminResponse.Processor> rebuild(
            @Parameter(description = "the processing group", example = "query-projections.daily-summary")
            @PathVariable String name) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(ProjectionAdminResponse.Processor.of(projections.rebuild(name)));
    }
}
