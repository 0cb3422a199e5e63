/**
 * The app's measurements: a pull plus evaluation per (FHIR base, practice, peildatum), run in the
 * background with progress for the browser, held in a bounded cache. Screens ask {@link
 * Measurements}; they never pull themselves.
 */
package nl.spiegelbeeld.plugin.measurement;
