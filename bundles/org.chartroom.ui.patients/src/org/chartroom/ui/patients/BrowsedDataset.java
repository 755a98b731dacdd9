package org.chartroom.ui.patients;

import org.chartroom.core.patients.Patients;
import org.chartroom.core.store.DatasetInfo;

/**
 * The dataset the Patients perspective shows, with the patient service of its connector's model.
 *
 * @param info     the dataset
 * @param patients its patients, read through its connector's semantics
 */
public record BrowsedDataset(DatasetInfo info, Patients patients) {
}
