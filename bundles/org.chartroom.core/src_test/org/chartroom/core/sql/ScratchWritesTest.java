package org.chartroom.core.sql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScratchWritesTest {

	@Test
	void tablesAndIndexesNamedScratchMayChange() {
		for (String sql : new String[] { "CREATE TABLE SCRATCH.COHORT (SUBJECT_ID INTEGER)",
				"create table scratch.cohort (subject_id int)", "INSERT INTO SCRATCH.COHORT SELECT SUBJECT_ID FROM PATIENTS",
				"insert into \"SCRATCH\".cohort values (1)", "UPDATE scratch.cohort SET subject_id = 2",
				"DELETE FROM SCRATCH.COHORT WHERE SUBJECT_ID = 1", "DROP TABLE SCRATCH.COHORT",
				"CREATE UNIQUE INDEX SCRATCH.I ON SCRATCH.COHORT (SUBJECT_ID)", "DROP INDEX SCRATCH.I",
				"ALTER TABLE SCRATCH.COHORT ADD COLUMN NOTE VARCHAR(20)", "TRUNCATE TABLE SCRATCH.COHORT",
				"/* mine */ CREATE TABLE SCRATCH.T (A INT)" }) {
			assertTrue(ScratchWrites.changesOnlyScratch(sql), sql);
		}
	}

	@Test
	void anythingThatCouldTouchADatasetIsNot() {
		for (String sql : new String[] { "CREATE TABLE COHORT (A INT)", "INSERT INTO PATIENTS SELECT * FROM SCRATCH.P",
				"DELETE FROM DS_1.PATIENTS", "UPDATE PATIENTS SET GENDER = 'X'", "DROP TABLE PATIENTS",
				"CREATE VIEW SCRATCH.V AS SELECT * FROM PATIENTS",
				"CREATE TABLE SCRATCH.T (S INT REFERENCES PATIENTS (SUBJECT_ID))",
				"CREATE INDEX SCRATCH.I ON PATIENTS (GENDER)", "CREATE TRIGGER SCRATCH.T AFTER INSERT ON SCRATCH.C DELETE FROM PATIENTS",
				"INSERT INTO \"scratch\".T VALUES (1)", "INSERT INTO SCRATCH.T VALUES (1); DROP TABLE PATIENTS",
				"CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE('SCRATCH', 'T', 0)", "DROP SCHEMA SCRATCH RESTRICT", "INSERT INTO SCRATCH",
				"SELECT * FROM SCRATCH.T" }) {
			assertFalse(ScratchWrites.changesOnlyScratch(sql), sql);
		}
	}
}
