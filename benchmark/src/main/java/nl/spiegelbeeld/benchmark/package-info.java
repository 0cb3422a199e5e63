/**
 * The Spiegelbeeld benchmark service: receives aggregate results from practices and serves
 * comparisons. Packages are features ({@code health}, later {@code submission}, {@code group},
 * {@code comparison}); {@code web} holds what every route shares, {@code storage} the database.
 */
package nl.spiegelbeeld.benchmark;
