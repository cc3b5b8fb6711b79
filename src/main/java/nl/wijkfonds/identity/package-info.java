/**
 * Who people are and what they may do: accounts, the four roles, registration, staff accounts created by
 * administrators, and the Jakarta Security set-up (database identity store, PBKDF2 hashes, our own login page).
 */
package nl.wijkfonds.identity;
