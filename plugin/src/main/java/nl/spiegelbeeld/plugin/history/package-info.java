/**
 * The practice's own earlier measurements (voormeting, nameting): summary counts per indicator and
 * peildatum, kept in the plugin database so the dashboard shows them beside the current figures.
 */
package nl.spiegelbeeld.plugin.history;
