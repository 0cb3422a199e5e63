/**
 * The benchmark's PostgreSQL: an embedded server on a kept data directory by default, any
 * PostgreSQL server in production; the schema is Flyway migrations in {@code db/migration}. Started
 * and stopped with the app, migrated before it serves.
 */
package nl.spiegelbeeld.benchmark.storage;
