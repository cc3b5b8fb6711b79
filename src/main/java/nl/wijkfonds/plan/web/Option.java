package nl.wijkfonds.plan.web;

import java.io.Serializable;

/** A choice in a list: a theme or neighbourhood by id and name. */
public record Option(Long id, String name) implements Serializable {
}
