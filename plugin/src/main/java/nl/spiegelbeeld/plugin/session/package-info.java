/**
 * The server-side session a SMART launch creates: who is signed in, for which practice and FHIR
 * endpoint, with the tokens that never reach the browser. Handlers get it with {@link
 * CurrentSession#require}.
 */
package nl.spiegelbeeld.plugin.session;
