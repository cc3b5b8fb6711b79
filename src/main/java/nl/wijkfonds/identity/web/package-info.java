/**
 * Sign-in, registration and the administrators' accounts page.
 */
package nl.wijkfonds.identity.web;
