/** The {@code storyline} command. */
package dev.storyline.cli;
