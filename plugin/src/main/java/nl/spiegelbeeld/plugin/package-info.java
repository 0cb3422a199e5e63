/**
 * The Spiegelbeeld plugin: the SMART on FHIR app and its command line. Packages are features
 * ({@code launch}, {@code health}, later {@code pull}, {@code indicator}, ...); {@code config}
 * holds the one {@code AppConfig}, {@code web} what every route shares (headers, problems).
 */
package nl.spiegelbeeld.plugin;
