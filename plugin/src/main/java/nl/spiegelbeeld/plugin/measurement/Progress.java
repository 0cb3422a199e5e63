package nl.spiegelbeeld.plugin.measurement;

/**
 * How far the pull of one resource type is, as the browser's progress bar shows it. Counts only.
 */
public record Progress(String resourceType, int pages, long resources, boolean done) {}
