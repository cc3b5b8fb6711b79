/**
 * The resident's data rights (AVG): a copy of everything the platform holds about them (JSON and a readable page),
 * correction, and erasure of their account; and the privacy statement, generated from {@link
 * nl.wijkfonds.privacy.PersonalDataCatalogue}, the one list of where personal data is stored. It builds on
 * identity and plan (which own their tables and carry out correction and erasure); nothing builds on it.
 */
package nl.wijkfonds.privacy;
