package org.chartroom.ui.patients;

import org.chartroom.core.patients.Patients;
import org.chartroom.core.store.DatasetInfo;
import org.chartroom.model.warehouse.Dataset;

/**
 * The dataset the Patients perspective shows, with the patient service of its connector's model.
 *
 * @param info     the dataset
 * @param patients its patients, read through its connector's semantics
 * @param schema   its connector's model, for the concept search
 */
public record BrowsedDataset(DatasetInfo info, Patients patients, Dataset schema) {
}
