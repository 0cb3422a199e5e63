/**
 * The plugin's PostgreSQL: an embedded server on a kept data directory ({@code data/plugin-pg}) by
 * default, any PostgreSQL server in production; the schema is Flyway migrations in {@code
 * db/migration}. Started and stopped with the app, migrated before it serves. Modelled on the
 * benchmark's storage; the modules share no code.
 */
package nl.spiegelbeeld.plugin.database;
