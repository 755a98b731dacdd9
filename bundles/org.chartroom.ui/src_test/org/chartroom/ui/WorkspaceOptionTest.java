package org.chartroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WorkspaceOptionTest {

	@Test
	void takesTheValueAfterTheOption() {
		assertEquals(Optional.of("/data/ws"), WorkspaceOption.in(List.of("-product", "x", "--workspace", "/data/ws")));
	}

	@Test
	void takesTheValueAfterAnEqualsSign() {
		assertEquals(Optional.of("/data/ws"), WorkspaceOption.in(List.of("--workspace=/data/ws")));
	}

	@Test
	void theLastOneWins() {
		assertEquals(Optional.of("b"), WorkspaceOption.in(List.of("--workspace", "a", "--workspace=b")));
	}

	@Test
	void isEmptyWithoutTheOptionOrItsValue() {
		assertEquals(Optional.empty(), WorkspaceOption.in(List.of("-data", "/tmp/x")));
		assertEquals(Optional.empty(), WorkspaceOption.in(List.of("--workspace")));
		assertEquals(Optional.empty(), WorkspaceOption.in(List.of("--workspace=")));
	}
}
