/**
 * The JSON API behind the app's screens: the dashboard per module with its headlines, the indicator
 * detail, registration quality, and the routes of the worklists ({@code worklist}) and the local
 * measurement history ({@code history}). View models are records built by pure functions from a
 * {@code PracticeMeasurement}; handlers only read the request and write JSON.
 */
package nl.spiegelbeeld.plugin.api;
