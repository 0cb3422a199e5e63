/**
 * The Spiegelbeeld benchmark service: receives aggregate results from practices and serves
 * comparisons. Packages are features ({@code health}, later {@code submission}, {@code group},
 * {@code comparison}); {@code web} holds what every route shares.
 */
package nl.spiegelbeeld.benchmark;
