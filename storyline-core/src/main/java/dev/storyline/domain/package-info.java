/**
 * The immutable records that cross stage boundaries. Every stage takes and returns these; none of them
 * carries behaviour beyond validation and small derived views.
 */
package dev.storyline.domain;
