/**
 * Worklists for the practice assistant and POH: the patients behind an indicator with the facts
 * that put them there, review marks (beoordeeld, with an outcome and a short note) stored in the
 * practice's own plugin database, CSV export. Everything here is patient-level and local only.
 */
package nl.spiegelbeeld.plugin.worklist;
