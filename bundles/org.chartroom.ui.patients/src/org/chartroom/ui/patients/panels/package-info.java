/**
 * The patient browser's contribution API (version 1.0.0): panels, tabs beside the timeline for a
 * semantic role of the model, contributed as OSGi services. See docs/extending.md.
 */
package org.chartroom.ui.patients.panels;
