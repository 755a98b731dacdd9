package org.chartroom.ui.imports;

import org.chartroom.core.generate.DataGenerator;

/**
 * What the synthetic demo dialog asks for.
 *
 * @param generator who writes the files
 * @param patients  how many made-up patients
 * @param seed      the same seed gives the same patients
 */
public record GenerateRequest(DataGenerator generator, int patients, long seed) {
}
