/**
 * Pure evaluation of the catalogue over one practice on a peildatum: no HTTP, environment or clock.
 * {@link nl.spiegelbeeld.plugin.indicator.engine.Engine#start} gives a {@link
 * nl.spiegelbeeld.plugin.indicator.engine.Run} to which patients are added one by one.
 */
package nl.spiegelbeeld.plugin.indicator.engine;
