package dev.bahi.queryprojections.application;

import java.util.List;

/** Every event processor of the platform, with the position of the newest event in the store (null if unknown). */
public record ProjectionAdminOverview(Long headPosition, List<ProjectionAdminStatus> processors) {
    public ProjectionAdminOverview {
        processors = List.copyOf(processors);
    }
}
