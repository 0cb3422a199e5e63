/** Spiegelbeeld plugin. */
package nl.spiegelbeeld.plugin;
